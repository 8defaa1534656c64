using AllianceTracker.Core.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.InstrumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> builder)
    {
        builder.Property(v => v.Version).HasMaxLength(40);
        builder.Property(v => v.LicenceNote).HasMaxLength(2000);
        builder.HasIndex(v => new { v.InstrumentId, v.Version, v.Rater }).IsUnique();
        builder.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.InstrumentVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Texts).WithOne().HasForeignKey(t => t.InstrumentVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class InstrumentItemConfiguration : IEntityTypeConfiguration<InstrumentItem>
{
    public void Configure(EntityTypeBuilder<InstrumentItem> builder)
    {
        builder.ToTable("InstrumentItems");
        builder.Property(i => i.Key).HasMaxLength(100);
        builder.HasIndex(i => new { i.InstrumentVersionId, i.Key }).IsUnique();
    }
}

public class InstrumentTextConfiguration : IEntityTypeConfiguration<InstrumentText>
{
    public void Configure(EntityTypeBuilder<InstrumentText> builder)
    {
        builder.ToTable("InstrumentTexts");
        builder.Property(t => t.Language).HasMaxLength(20);
        builder.Property(t => t.Key).HasMaxLength(200);
        builder.HasIndex(t => new { t.InstrumentVersionId, t.Language, t.Key }).IsUnique();
    }
}
