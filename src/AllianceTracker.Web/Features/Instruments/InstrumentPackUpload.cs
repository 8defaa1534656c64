using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Instruments;

/// <summary>What an administrator's import did: the instrument, its version and the stored form of each rater.</summary>
public sealed record PackImportView(
    Guid InstrumentId, string Code, string Name, string Version, PackImportOutcome Outcome, string Explanation,
    IReadOnlyList<ImportedFormView> Forms);

public sealed record ImportedFormView(Guid InstrumentVersionId, Rater Rater);

/// <summary>
/// An administrator's import of a pack file (a licensed instrument, or a new version of one): loaded and validated
/// by <see cref="InstrumentPackLoader"/>, stored by <see cref="InstrumentImporter"/> as the built-in packs are.
/// Throws <see cref="InstrumentPackException"/> listing every problem, or <see cref="PackImportConflictException"/>
/// when the pack would change a version already used by ratings.
/// </summary>
public sealed class InstrumentPackUpload(InstrumentImporter importer, AllianceDbContext db, PatientAuditScope audit)
{
    public const string Resource = "InstrumentPack";

    public async Task<PackImportView> ImportAsync(string json, string sourceName, CancellationToken cancellationToken)
    {
        var pack = InstrumentPackLoader.Load(json, sourceName);
        audit.Target(AuditId(pack));
        var plan = await importer.ImportAsync(pack, cancellationToken);
        var forms = await db.InstrumentVersions.AsNoTracking()
            .Where(v => v.Version == pack.Version && db.Instruments.Any(i => i.Id == v.InstrumentId && i.Code == pack.Code))
            .OrderBy(v => v.Rater)
            .Select(v => new { v.InstrumentId, Form = new ImportedFormView(v.Id, v.Rater) })
            .ToListAsync(cancellationToken);
        return new PackImportView(forms[0].InstrumentId, pack.Code, pack.Name, pack.Version, plan.Outcome, plan.Explanation,
            forms.Select(f => f.Form).ToList());
    }

    /// <summary>The pack's code and version, as the audit event names it (its resource id holds at most 100 characters).</summary>
    private static string AuditId(InstrumentPack pack)
    {
        var id = $"{pack.Code}@{pack.Version}";
        return id.Length <= 100 ? id : id[..100];
    }
}
