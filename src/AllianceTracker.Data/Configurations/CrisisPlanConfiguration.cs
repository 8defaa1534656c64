using AllianceTracker.Core.Patients;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class CrisisPlanConfiguration : AmendableRecordConfiguration<CrisisPlan, CrisisPlanContent, CrisisPlanVersion>
{
    public override string TableName => "CrisisPlans";

    public override string VersionTableName => "CrisisPlanVersions";

    public override void ConfigureContent(ComplexPropertyBuilder<CrisisPlanContent> content)
    {
        content.Property(c => c.LeastIntrusiveMeasure).HasMaxLength(2000);
        content.Property(c => c.WhatHelpsToCalmDown).HasMaxLength(2000);
        content.Property(c => c.WhatMakesItWorse).HasMaxLength(2000);
        content.Property(c => c.OtherPreferences).HasMaxLength(4000);
    }
}

public class CrisisPlanVersionConfiguration
    : RecordVersionConfiguration<CrisisPlanConfiguration, CrisisPlan, CrisisPlanContent, CrisisPlanVersion>;
