using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Administration;

/// <summary>
/// The instruments and their versions, and a form that imports a pack file through the API's loader and importer:
/// the page lists every problem with the file, the item and where in the pack, and audits each import as the API does.
/// </summary>
public class InstrumentsModel(AllianceDbContext db, InstrumentPackUpload upload, PatientAuditScope scope) : AdministrationPage
{
    [BindProperty] public IFormFile? PackFile { get; set; }

    public IReadOnlyList<InstrumentVersionView> Versions { get; private set; } = [];

    /// <summary>The file the last post sent, as named in the messages.</summary>
    public string? FileName { get; private set; }

    public bool NoFileChosen { get; private set; }
    public PackImportView? Imported { get; private set; }
    public IReadOnlyList<PackError> PackErrors { get; private set; } = [];
    public string? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Versions = await InstrumentEndpoints.LoadAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PackFile is null || PackFile.Length == 0)
        {
            NoFileChosen = true;
        }
        else
        {
            FileName = Path.GetFileName(PackFile.FileName);
            await ImportAsync(PackFile, FileName, cancellationToken);
        }

        await AuditChangeAsync(InstrumentPackUpload.Resource, scope.ResourceId, Imported is not null);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task ImportAsync(IFormFile file, string fileName, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        var json = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            Imported = await upload.ImportAsync(json, fileName.Length > 0 ? fileName : "upload", cancellationToken);
        }
        catch (InstrumentPackException e)
        {
            PackErrors = e.Errors;
        }
        catch (PackImportConflictException e)
        {
            Conflict = e.Message;
        }
    }
}
