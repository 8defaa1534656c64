using AllianceTracker.Core.Records;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Records;

/// <summary>A request that appends a version: which version it was based on, and why.</summary>
public interface IAmendment
{
    int ExpectedVersion { get; }
    string Reason { get; }
}

public static class AmendmentRules
{
    /// <summary>The rules every amendment shares, added to the validator of the record's own content.</summary>
    public static void RequireAmendment<T>(this AbstractValidator<T> validator, string noReasonMessage)
        where T : IAmendment
    {
        validator.RuleFor(r => r.ExpectedVersion).GreaterThan(0).WithMessage("Give the version you are amending.");
        validator.RuleFor(r => r.Reason).NotEmpty().WithMessage(noReasonMessage)
            .MaximumLength(2000).WithMessage("The reason can be at most 2000 characters.");
    }
}

public static class Amendments
{
    /// <summary>A record by its own id, if the caller may see its patient; otherwise not found.</summary>
    public static async Task<TRecord> FindVisibleAsync<TRecord>(
        this IQueryable<TRecord> records, Guid id, PatientAccess access, string name, CancellationToken cancellationToken)
        where TRecord : class, IPatientRecord
    {
        var record = await records.SingleOrDefaultAsync(r => EF.Property<Guid>(r, nameof(IPatientRecord.Id)) == id, cancellationToken)
            ?? throw new NotFoundException(name);
        await access.EnsureAccessAsync(record.PatientId, record.Id);
        return record;
    }

    /// <summary>A record about to be amended: visible to the caller and still at the version the amendment was based on (else 409).</summary>
    public static async Task<TRecord> FindForAmendmentAsync<TRecord>(
        this IQueryable<TRecord> records, Guid id, IAmendment amendment, PatientAccess access, string name, CancellationToken cancellationToken)
        where TRecord : class, IPatientRecord
    {
        var record = await records.FindVisibleAsync(id, access, name, cancellationToken);
        VersionConflictException.ThrowIfStale(amendment.ExpectedVersion, record.CurrentVersion);
        return record;
    }

    /// <summary>Stores an amendment; one that loses a race with another amendment of the same version at the database gets 409 with the current version.</summary>
    public static async Task SaveAmendmentAsync<TRecord>(
        this AllianceDbContext db, TRecord record, IAmendment amendment, CancellationToken cancellationToken)
        where TRecord : class, IPatientRecord
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (!TransientDatabaseFailure.IsCause(e))
        {
            var current = await db.Set<TRecord>().AsNoTracking()
                .Where(r => EF.Property<Guid>(r, nameof(IPatientRecord.Id)) == record.Id)
                .Select(r => EF.Property<int>(r, nameof(IPatientRecord.CurrentVersion)))
                .SingleAsync(cancellationToken);
            throw new VersionConflictException(amendment.ExpectedVersion, current);
        }
    }
}

/// <summary>A record with every version, for records whose own view does not carry their history.</summary>
public sealed record RecordHistoryView<TContent>(Guid Id, Guid PatientId, int Version, TContent Current, IReadOnlyList<Goals.VersionView<TContent>> History)
    where TContent : class
{
    public static RecordHistoryView<TContent> From<TVersion>(AmendableRecord<TContent, TVersion> record)
        where TVersion : RecordVersion<TContent>, new() =>
        new(record.Id, record.PatientId, record.CurrentVersion, record.Current,
            record.Versions.OrderBy(v => v.VersionNumber).Select(Goals.VersionView<TContent>.From).ToList());
}
