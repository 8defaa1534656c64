using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AllianceTracker.Data.Configurations;

/// <summary>
/// Maps a record and its append-only versions: the content is a complex type stored in the
/// record's row (current) and in every version row (history).
/// </summary>
public abstract class AmendableRecordConfiguration<TRecord, TContent, TVersion>
    : IEntityTypeConfiguration<TRecord>
    where TRecord : AmendableRecord<TContent, TVersion>
    where TContent : class
    where TVersion : RecordVersion<TContent>, new()
{
    public abstract string TableName { get; }

    public abstract string VersionTableName { get; }

    public virtual void Configure(EntityTypeBuilder<TRecord> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PatientId);
        builder.ComplexProperty(r => r.Current, ConfigureContent);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RecordId).OnDelete(DeleteBehavior.Restrict);
    }

    public abstract void ConfigureContent(ComplexPropertyBuilder<TContent> content);
}

/// <summary>Maps the versions of a record with the same content mapping as the record itself.</summary>
public abstract class RecordVersionConfiguration<TRecordConfiguration, TRecord, TContent, TVersion>
    : IEntityTypeConfiguration<TVersion>
    where TRecordConfiguration : AmendableRecordConfiguration<TRecord, TContent, TVersion>, new()
    where TRecord : AmendableRecord<TContent, TVersion>
    where TContent : class
    where TVersion : RecordVersion<TContent>, new()
{
    public void Configure(EntityTypeBuilder<TVersion> builder)
    {
        var record = new TRecordConfiguration();
        builder.ToTable(record.VersionTableName);
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.RecordId, v.VersionNumber }).IsUnique();
        builder.Property(v => v.AmendmentReason).HasMaxLength(2000);
        builder.ComplexProperty(v => v.Content, record.ConfigureContent);
    }
}
