using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class AllianceRatingConfiguration : IEntityTypeConfiguration<AllianceRating>
{
    public void Configure(EntityTypeBuilder<AllianceRating> builder)
    {
        builder.ToTable("Ratings");
        builder.HasOne<ClinicalSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InstrumentVersion>().WithMany().HasForeignKey(r => r.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AllianceRating>().WithMany().HasForeignKey(r => r.SupersedesRatingId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(r => r.Scores);
        builder.Property(r => r.PatientWants).HasMaxLength(4000);
        builder.Property(r => r.WhatWeCanAgreeOn).HasMaxLength(4000);
        builder.Property(r => r.AmendmentReason).HasMaxLength(2000);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.RatingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PatientId, r.SubmittedAt });
        builder.HasIndex(r => new { r.WardId, r.SubmittedAt });
        builder.HasIndex(r => r.SessionId);
        builder.HasIndex(r => r.SubmissionId).IsUnique();
    }
}

public class RatingAnswerConfiguration : IEntityTypeConfiguration<RatingAnswer>
{
    public void Configure(EntityTypeBuilder<RatingAnswer> builder)
    {
        builder.ToTable("RatingAnswers");
        builder.Property(a => a.ItemKey).HasMaxLength(100);
        builder.Property(a => a.Text).HasMaxLength(4000);
    }
}

public class NonResponseConfiguration : IEntityTypeConfiguration<NonResponse>
{
    public void Configure(EntityTypeBuilder<NonResponse> builder)
    {
        builder.HasOne<ClinicalSession>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(n => n.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Note).HasMaxLength(2000);
        builder.HasIndex(n => n.SessionId);
        builder.HasIndex(n => new { n.WardId, n.RecordedAt });
        builder.HasIndex(n => n.SubmissionId).IsUnique();
    }
}
