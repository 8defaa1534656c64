using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class JurisdictionRuleConfiguration : IEntityTypeConfiguration<JurisdictionRule>
{
    public void Configure(EntityTypeBuilder<JurisdictionRule> builder)
    {
        builder.Property(r => r.JurisdictionCode).HasMaxLength(JurisdictionRule.JurisdictionCodeLength);
        builder.Property(r => r.Code).HasMaxLength(40);
        builder.Property(r => r.Section).HasMaxLength(20);
        builder.Property(r => r.Act).HasMaxLength(200);
        builder.Property(r => r.NameEn).HasMaxLength(200);
        builder.Property(r => r.NameNb).HasMaxLength(200);
        builder.Property(r => r.ComplaintBodyEn).HasMaxLength(200);
        builder.Property(r => r.ComplaintBodyNb).HasMaxLength(200);
        builder.Property(r => r.NotesEn).HasMaxLength(2000);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => r.JurisdictionCode);
        builder.HasMany(r => r.Means).WithOne().HasForeignKey(m => m.RuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(NorwegianMentalHealthCareAct.Rules);
    }
}

public class JurisdictionRuleMeansConfiguration : IEntityTypeConfiguration<JurisdictionRuleMeans>
{
    public void Configure(EntityTypeBuilder<JurisdictionRuleMeans> builder)
    {
        builder.ToTable("JurisdictionRuleMeans");
        builder.Property(m => m.Code).HasMaxLength(20);
        builder.Property(m => m.NameEn).HasMaxLength(200);
        builder.Property(m => m.NameNb).HasMaxLength(200);
        builder.HasIndex(m => new { m.RuleId, m.Code }).IsUnique();
        builder.HasData(NorwegianMentalHealthCareAct.Means);
    }
}

public class FollowUpConversationConfiguration : IEntityTypeConfiguration<FollowUpConversation>
{
    public void Configure(EntityTypeBuilder<FollowUpConversation> builder) =>
        builder.Property(f => f.Note).HasMaxLength(2000);
}
