using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class TreatmentDecisionConfiguration
    : AmendableRecordConfiguration<TreatmentDecision, TreatmentDecisionContent, TreatmentDecisionVersion>
{
    public override string TableName => "TreatmentDecisions";

    public override string VersionTableName => "TreatmentDecisionVersions";

    public override void Configure(EntityTypeBuilder<TreatmentDecision> builder)
    {
        base.Configure(builder);
        builder.HasOne<ClinicalSession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
    }

    public override void ConfigureContent(ComplexPropertyBuilder<TreatmentDecisionContent> content)
    {
        content.Property(c => c.OptionsDiscussed).HasMaxLength(4000);
        content.Property(c => c.PatientPreference).HasMaxLength(4000);
        content.Property(c => c.ClinicianRecommendation).HasMaxLength(4000);
        content.Property(c => c.Outcome).HasMaxLength(4000);
        content.Property(c => c.Rationale).HasMaxLength(4000);
    }
}

public class TreatmentDecisionVersionConfiguration
    : RecordVersionConfiguration<TreatmentDecisionConfiguration, TreatmentDecision, TreatmentDecisionContent, TreatmentDecisionVersion>;
