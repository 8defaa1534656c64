using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data;
using AllianceTracker.Reports.Fhir;
using AllianceTracker.Reports.Summaries;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

public static class SummaryEndpoints
{
    public const string DocumentIdHeader = "X-Document-Id";
    public const string ContentHashHeader = "X-Content-SHA256";
    public const string FhirContentType = "application/fhir+json";

    public static void MapSummaryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/summary", SummaryAsync).WithTags("Summaries")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "Summary"))
            .WithSummary("A patient's shared-decision summary for a period: JSON, HTML or PDF by Accept or ?format=. A PDF is stored as a new document version.");
        api.MapGet("/summaries/{id:guid}", DocumentAsync).WithTags("Summaries")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "SummaryDocument"))
            .WithSummary("A stored summary PDF, byte for byte as it was served.");
        api.MapGet("/patients/{id:guid}/fhir", FhirAsync).WithTags("Summaries")
            .WithMetadata(new AuditedAttribute(AuditAction.Export, "FhirExport"))
            .WithSummary("A patient's ratings, instruments and autonomy-limiting decisions for a period as a FHIR R4 Bundle.");
    }

    private static async Task<IResult> SummaryAsync(
        Guid id, string? from, string? to, string? audience, string? lang, string? format, HttpContext http,
        PatientAccess access, SummaryDataLoader loader, SummaryDocumentWriter writer, CurrentUser user, IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        var query = SummaryQuery.Parse(from, to, audience, lang);
        var responseFormat = SummaryFormatNegotiation.Choose(format, http.Request);
        var data = await loader.LoadAsync(await access.GetAsync(id, cancellationToken), query, cancellationToken);
        var contentHash = SummaryContentHash.Compute(data);
        http.Response.Headers[ContentHashHeader] = contentHash;

        switch (responseFormat)
        {
            case SummaryResponseFormat.Html:
                return new RazorComponentResult<SummaryHtmlDocument>(new { View = SummaryComposer.Compose(data), ContentSha256 = contentHash });
            case SummaryResponseFormat.Pdf:
                var document = await writer.WriteAsync(data, user.RequiredId, Guid.NewGuid(), cancellationToken);
                await audit.RecordAsync(
                    new AuditEntry(AuditAction.Export, "SummaryPdf", AuditOutcome.Success, document.PatientId, document.Id.ToString()), cancellationToken);
                return StoredPdf(document, http);
            default:
                return TypedResults.Json(SummaryComposer.Compose(data), SummaryJson.Options);
        }
    }

    private static async Task<FileContentHttpResult> DocumentAsync(
        Guid id, HttpContext http, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patientId = await db.SummaryDocuments.Where(d => d.Id == id).Select(d => (Guid?)d.PatientId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Summary document");
        await access.EnsureAccessAsync(patientId, id);
        var document = await db.SummaryDocuments.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
        http.Response.Headers[ContentHashHeader] = document.ContentSha256;
        return StoredPdf(document, http);
    }

    private static async Task<ContentHttpResult> FhirAsync(
        Guid id, string? from, string? to, string? lang, PatientAccess access, SummaryDataLoader loader, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var query = SummaryQuery.Parse(from, to, SummaryAudience.Clinical.ToString(), lang);
        var data = await loader.LoadAsync(await access.GetAsync(id, cancellationToken), query, cancellationToken);
        var bundle = FhirExporter.Export(data, clock.GetUtcNow());
        return TypedResults.Content(new FhirJsonSerializer().SerializeToString(bundle), FhirContentType);
    }

    /// <summary>The stored bytes, never re-rendered, with the id and byte hash a reader needs to check them.</summary>
    private static FileContentHttpResult StoredPdf(SummaryDocument document, HttpContext http)
    {
        http.Response.Headers[DocumentIdHeader] = document.Id.ToString();
        http.Response.Headers["X-Document-SHA256"] = document.Sha256;
        http.Response.Headers.ContentLocation = $"/api/v1/summaries/{document.Id}";
        return TypedResults.File(document.Content, document.ContentType, $"summary-{document.Id}.pdf");
    }
}
