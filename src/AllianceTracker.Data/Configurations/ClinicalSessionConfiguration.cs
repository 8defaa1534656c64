using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class ClinicalSessionConfiguration
    : AmendableRecordConfiguration<ClinicalSession, SessionDetails, ClinicalSessionVersion>
{
    public override string TableName => "Sessions";

    public override string VersionTableName => "SessionVersions";

    public override void Configure(EntityTypeBuilder<ClinicalSession> builder)
    {
        base.Configure(builder);
        builder.HasOne<Ward>().WithMany().HasForeignKey(s => s.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.TherapistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.WardId);
    }

    public override void ConfigureContent(ComplexPropertyBuilder<SessionDetails> content) =>
        content.Property(c => c.Note).HasMaxLength(4000);
}

public class ClinicalSessionVersionConfiguration
    : RecordVersionConfiguration<ClinicalSessionConfiguration, ClinicalSession, SessionDetails, ClinicalSessionVersion>;
