using AllianceTracker.Core.Goals;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class GoalConfiguration : AmendableRecordConfiguration<Goal, GoalContent, GoalVersion>
{
    public override string TableName => "Goals";

    public override string VersionTableName => "GoalVersions";

    public override void ConfigureContent(ComplexPropertyBuilder<GoalContent> content)
    {
        content.Property(c => c.PatientWords).HasMaxLength(4000);
        content.Property(c => c.TherapistFormulation).HasMaxLength(4000);
    }
}

public class GoalVersionConfiguration
    : RecordVersionConfiguration<GoalConfiguration, Goal, GoalContent, GoalVersion>;
