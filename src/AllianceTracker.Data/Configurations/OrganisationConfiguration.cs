using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.HasMany(i => i.Wards).WithOne().HasForeignKey(w => w.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.JurisdictionCode).HasMaxLength(JurisdictionRule.JurisdictionCodeLength);
        builder.Property(w => w.TimeZoneId).HasMaxLength(64);
        builder.Property(w => w.ConcurrencyStamp).IsConcurrencyToken();
    }
}

public class WardMembershipConfiguration : IEntityTypeConfiguration<WardMembership>
{
    public void Configure(EntityTypeBuilder<WardMembership> builder)
    {
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ward>().WithMany().HasForeignKey(m => m.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.StaffUserId, m.WardId });
    }
}

public class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.UiLanguage).HasMaxLength(8);
    }
}
