using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    /// <summary>
    /// Before the schema held one flag per finding, two recomputes of a patient at once could store a finding twice.
    /// The copy that went furthest (resolved, then acknowledged, then the one seen last) is kept; standard SQL, run by
    /// the migration of every provider.
    /// </summary>
    public const string KeepOneFlagPerFindingSql = """
        DELETE FROM "Flags" WHERE "Id" IN (
            SELECT "Id" FROM (
                SELECT "Id", ROW_NUMBER() OVER (
                    PARTITION BY "PatientId", "FindingKey"
                    ORDER BY CASE "Status" WHEN 'Resolved' THEN 2 WHEN 'Acknowledged' THEN 1 ELSE 0 END DESC, "LastSeenAt" DESC, "Id") AS "Rank"
                FROM "Flags") AS "Ranked"
            WHERE "Rank" > 1);
        """;

    public void Configure(EntityTypeBuilder<Flag> builder)
    {
        builder.Property(f => f.RuleId).HasMaxLength(100);
        builder.Property(f => f.FindingKey).HasMaxLength(200);
        builder.Property(f => f.ExplanationEn).HasMaxLength(2000);
        builder.Property(f => f.ExplanationNb).HasMaxLength(2000);
        builder.Property(f => f.ResolutionNote).HasMaxLength(2000);
        builder.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(f => f.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.PatientId, f.FindingKey }).IsUnique();
        builder.HasIndex(f => new { f.WardId, f.Status });
    }
}

public class RuleSetConfiguration : IEntityTypeConfiguration<RuleSet>
{
    public void Configure(EntityTypeBuilder<RuleSet> builder)
    {
        builder.Property(r => r.ChangeNote).HasMaxLength(2000);
        builder.HasIndex(r => new { r.WardId, r.Version }).IsUnique();
    }
}

public class RuptureEpisodeConfiguration : IEntityTypeConfiguration<RuptureEpisode>
{
    public void Configure(EntityTypeBuilder<RuptureEpisode> builder)
    {
        builder.Property(r => r.OpenedByRuleId).HasMaxLength(100);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PatientId, r.Rater, r.OpenedBySessionId }).IsUnique();
        builder.HasIndex(r => new { r.WardId, r.OpenedAt });
    }
}

public class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.StaffUserId).OnDelete(DeleteBehavior.Restrict);

        // one reminder per clinician and subject: the job can run any number of times
        builder.HasIndex(r => new { r.StaffUserId, r.Kind, r.SubjectId }).IsUnique();
    }
}
