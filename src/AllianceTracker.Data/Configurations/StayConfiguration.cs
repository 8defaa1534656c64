using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Stays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class EpisodeOfCareConfiguration : IEntityTypeConfiguration<EpisodeOfCare>
{
    public void Configure(EntityTypeBuilder<EpisodeOfCare> builder)
    {
        builder.ToTable("Episodes");
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ward>().WithMany().HasForeignKey(e => e.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.LegalStatus).WithOne().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.CapacityAssessments).WithOne().HasForeignKey(a => a.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.PatientId);
        builder.HasIndex(e => new { e.WardId, e.AdmittedAt });
    }
}

public class LegalStatusPeriodConfiguration : IEntityTypeConfiguration<LegalStatusPeriod>
{
    public void Configure(EntityTypeBuilder<LegalStatusPeriod> builder)
    {
        builder.Property(s => s.LegalSection).HasMaxLength(20);
        builder.Property(s => s.Note).HasMaxLength(2000);
    }
}

public class CapacityAssessmentConfiguration : IEntityTypeConfiguration<CapacityAssessment>
{
    public void Configure(EntityTypeBuilder<CapacityAssessment> builder)
    {
        builder.Property(a => a.Scope).HasMaxLength(500);
        builder.Property(a => a.Note).HasMaxLength(4000);
        builder.Property(a => a.CorrectionReason).HasMaxLength(2000);
        builder.HasIndex(a => a.PatientId);
    }
}
