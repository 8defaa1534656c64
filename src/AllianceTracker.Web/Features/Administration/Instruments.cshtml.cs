using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Administration;

/// <summary>
/// Imports a licensed instrument pack through the same validator and importer as the built-in packs, showing every
/// problem found; lists the installed instruments. A version already used by ratings is locked and never changes.
/// </summary>
public class InstrumentsModel(AllianceDbContext db, InstrumentImporter importer) : AdministrationPage
{
    public const string Resource = "Instrument";

    [BindProperty] public IFormFile? Pack { get; set; }

    public string? Imported { get; private set; }

    public IReadOnlyList<InstalledVersion> Installed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await TryChangeAsync(Resource, null, async () =>
        {
            var pack = await ReadAsync(cancellationToken);
            try
            {
                await importer.ImportAsync(pack, cancellationToken);
            }
            catch (PackImportConflictException conflict)
            {
                throw Infrastructure.Errors.RequestValidationException.For("pack", conflict.Message);
            }

            Imported = $"{pack.Code} {pack.Version}";
            return await db.Instruments.Where(i => i.Code == pack.Code).Select(i => i.Id).SingleAsync(cancellationToken);
        });
        await LoadAsync(cancellationToken);
    }

    private async Task<InstrumentPack> ReadAsync(CancellationToken cancellationToken)
    {
        if (Pack is null || Pack.Length == 0)
        {
            throw Infrastructure.Errors.RequestValidationException.For("pack", "Choose a pack file (JSON).");
        }

        using var reader = new StreamReader(Pack.OpenReadStream());
        var result = InstrumentPackLoader.TryLoad(await reader.ReadToEndAsync(cancellationToken), Path.GetFileName(Pack.FileName));
        return result.Pack is { } pack && result.Errors.Count == 0
            ? pack
            : throw new Infrastructure.Errors.RequestValidationException(new Dictionary<string, string[]>
            {
                ["pack"] = result.Errors.Select(e => e.ToString()).ToArray(),
            });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Installed = await db.InstrumentVersions.AsNoTracking()
            .Join(db.Instruments, v => v.InstrumentId, i => i.Id, (v, i) => new { i.Code, i.Name, v.Version, v.Rater, v.IsLocked })
            .OrderBy(v => v.Code).ThenBy(v => v.Version).ThenBy(v => v.Rater)
            .Select(v => new InstalledVersion(v.Code, v.Name, v.Version, v.Rater, v.IsLocked))
            .ToListAsync(cancellationToken);
}

public sealed record InstalledVersion(string Code, string Name, string Version, Rater Rater, bool Locked);
