using AllianceTracker.Core.Autonomy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class RetainedAutonomyConfiguration
    : AmendableRecordConfiguration<RetainedAutonomy, RetainedAutonomyContent, RetainedAutonomyVersion>
{
    public override string TableName => "RetainedAutonomy";

    public override string VersionTableName => "RetainedAutonomyVersions";

    public override void ConfigureContent(ComplexPropertyBuilder<RetainedAutonomyContent> content) =>
        content.Property(c => c.Description).HasMaxLength(2000);
}

public class RetainedAutonomyVersionConfiguration
    : RecordVersionConfiguration<RetainedAutonomyConfiguration, RetainedAutonomy, RetainedAutonomyContent, RetainedAutonomyVersion>;
