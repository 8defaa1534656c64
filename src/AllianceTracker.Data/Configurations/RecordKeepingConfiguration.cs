using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Core.Tablet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class SummaryDocumentConfiguration : IEntityTypeConfiguration<SummaryDocument>
{
    public void Configure(EntityTypeBuilder<SummaryDocument> builder)
    {
        builder.Property(d => d.Language).HasMaxLength(20);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.ContentSha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Patient>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PatientId, d.Audience, d.PeriodFrom, d.PeriodTo, d.Version }).IsUnique();
    }
}

public class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Role).HasMaxLength(100);
        builder.Property(a => a.Resource).HasMaxLength(200);
        builder.Property(a => a.ResourceId).HasMaxLength(100);
        builder.Property(a => a.CorrelationId).HasMaxLength(100);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.HasIndex(a => new { a.PatientId, a.OccurredAt });
        builder.HasIndex(a => new { a.UserId, a.OccurredAt });
    }
}

public class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => new { r.Scope, r.Key });
        builder.Property(r => r.Scope).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.HasIndex(r => r.CreatedAt);
    }
}

public class TabletHandoverConfiguration : IEntityTypeConfiguration<TabletHandover>
{
    public void Configure(EntityTypeBuilder<TabletHandover> builder)
    {
        builder.Property(h => h.CodeHash).HasMaxLength(128);
        builder.Property(h => h.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<ClinicalSession>().WithMany().HasForeignKey(h => h.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(h => h.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.CodeHash);
        builder.HasIndex(h => h.SessionId);
    }
}

public class SummaryBatchRequestConfiguration : IEntityTypeConfiguration<SummaryBatchRequest>
{
    public void Configure(EntityTypeBuilder<SummaryBatchRequest> builder)
    {
        builder.Property(r => r.Problem).HasMaxLength(2000);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(r => r.Status);
    }
}

public class RateLimitBucketConfiguration : IEntityTypeConfiguration<RateLimitBucket>
{
    public void Configure(EntityTypeBuilder<RateLimitBucket> builder)
    {
        builder.HasKey(b => new { b.Key, b.WindowStart });
        builder.Property(b => b.Key).HasMaxLength(200);
    }
}
