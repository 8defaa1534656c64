using System.Globalization;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Summaries;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Summaries;

[Audited(AuditAction.Read, "Summary")]
public class SummaryPageModel(PatientAccess access, SummaryDataLoader loader) : PageModel
{
    public Guid PatientId { get; private set; }

    public SummaryData? Data { get; private set; }

    public SummaryView? View { get; private set; }

    public string? ContentSha256 { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? from, string? to, string? audience, string? lang, CancellationToken cancellationToken)
    {
        PatientId = id;
        SummaryQuery query;
        try
        {
            query = SummaryQuery.Parse(from, to, audience, lang);
        }
        catch (RequestValidationException e)
        {
            Problem = string.Join(" ", e.Errors.SelectMany(error => error.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Data = await loader.LoadAsync(await access.GetAsync(id, cancellationToken), query, cancellationToken);
        View = SummaryComposer.Compose(Data);
        ContentSha256 = SummaryContentHash.Compute(Data);
        return Page();
    }

    /// <summary>This summary's period at another address or for another audience; the language is kept only when asked.</summary>
    public string Link(string path, SummaryAudience audience, bool withLanguage)
    {
        var data = Data ?? throw new InvalidOperationException("No summary has been loaded.");
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"from={data.PeriodFrom:yyyy-MM-dd}&to={data.PeriodTo:yyyy-MM-dd}&audience={audience.ToString().ToLowerInvariant()}");
        return withLanguage ? $"{path}?{query}&lang={data.Language}" : $"{path}?{query}";
    }
}
