using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(p => p.DisplayAlias).HasMaxLength(100);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(20);
        builder.Property(p => p.HospitalRecordReference).HasMaxLength(100);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Ward>().WithMany().HasForeignKey(p => p.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.WardId);
    }
}

public class CareTeamMembershipConfiguration : IEntityTypeConfiguration<CareTeamMembership>
{
    public void Configure(EntityTypeBuilder<CareTeamMembership> builder)
    {
        builder.HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.StaffUserId, m.PatientId });
        builder.HasIndex(m => m.PatientId);
    }
}

public class NeedToKnowAccessConfiguration : IEntityTypeConfiguration<NeedToKnowAccess>
{
    public void Configure(EntityTypeBuilder<NeedToKnowAccess> builder)
    {
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.StaffUserId, a.PatientId });
    }
}
