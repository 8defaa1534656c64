using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class DailyPatientFactConfiguration : IEntityTypeConfiguration<DailyPatientFact>
{
    public void Configure(EntityTypeBuilder<DailyPatientFact> builder)
    {
        builder.ToTable("DailyPatientFacts");
        builder.Property(f => f.Key).HasMaxLength(120);
        builder.HasOne<Ward>().WithMany().HasForeignKey(f => f.WardId).OnDelete(DeleteBehavior.Restrict);

        // the dashboard reads one ward's days; the rebuild replaces one patient's rows
        builder.HasIndex(f => new { f.WardId, f.Day });
        builder.HasIndex(f => f.PatientId);
    }
}

public class AggregateWatermarkConfiguration : IEntityTypeConfiguration<AggregateWatermark>
{
    public void Configure(EntityTypeBuilder<AggregateWatermark> builder)
    {
        builder.HasKey(w => w.Name);
        builder.Property(w => w.Name).HasMaxLength(100);
    }
}

public class WardReportConfiguration : IEntityTypeConfiguration<WardReport>
{
    public void Configure(EntityTypeBuilder<WardReport> builder)
    {
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.HasOne<Ward>().WithMany().HasForeignKey(r => r.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.WardId, r.WeekStart }).IsUnique();
    }
}
