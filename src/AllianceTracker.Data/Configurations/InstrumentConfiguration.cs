using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

public class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(PackLimits.Code);
        builder.Property(i => i.Name).HasMaxLength(PackLimits.Name);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.InstrumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> builder)
    {
        builder.Property(v => v.Version).HasMaxLength(PackLimits.Version);
        builder.Property(v => v.LicenceNote).HasMaxLength(PackLimits.Licence);
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
        builder.Property(i => i.Key).HasMaxLength(PackLimits.ItemKey);
        builder.HasIndex(i => new { i.InstrumentVersionId, i.Key }).IsUnique();
    }
}

public class InstrumentTextConfiguration : IEntityTypeConfiguration<InstrumentText>
{
    public void Configure(EntityTypeBuilder<InstrumentText> builder)
    {
        builder.ToTable("InstrumentTexts");
        builder.Property(t => t.Language).HasMaxLength(PackLimits.Language);
        builder.Property(t => t.Key).HasMaxLength(200);
        builder.HasIndex(t => new { t.InstrumentVersionId, t.Language, t.Key }).IsUnique();
    }
}
