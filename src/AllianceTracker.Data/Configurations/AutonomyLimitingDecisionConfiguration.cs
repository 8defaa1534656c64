using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class AutonomyLimitingDecisionConfiguration
    : AmendableRecordConfiguration<AutonomyLimitingDecision, AutonomyDecisionContent, AutonomyLimitingDecisionVersion>
{
    public override string TableName => "AutonomyDecisions";

    public override string VersionTableName => "AutonomyDecisionVersions";

    public override void Configure(EntityTypeBuilder<AutonomyLimitingDecision> builder)
    {
        base.Configure(builder);
        builder.HasOne<Ward>().WithMany().HasForeignKey(d => d.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JurisdictionRule>().WithMany().HasForeignKey(d => d.RuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.FollowUps).WithOne().HasForeignKey(f => f.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.WardId);
    }

    public override void ConfigureContent(ComplexPropertyBuilder<AutonomyDecisionContent> content)
    {
        content.Property(c => c.MeansCode).HasMaxLength(20);
        content.Property(c => c.MilderMeansTried).HasMaxLength(4000);
        content.Property(c => c.PatientView).HasMaxLength(4000);
        content.Property(c => c.PatientViewNotRecordedReason).HasMaxLength(2000);
        content.Property(c => c.Rationale).HasMaxLength(4000);
    }
}

public class AutonomyLimitingDecisionVersionConfiguration
    : RecordVersionConfiguration<AutonomyLimitingDecisionConfiguration, AutonomyLimitingDecision, AutonomyDecisionContent, AutonomyLimitingDecisionVersion>;
