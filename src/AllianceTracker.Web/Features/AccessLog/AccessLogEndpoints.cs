using AllianceTracker.Core.Audit;
using AllianceTracker.Reports.Pdf;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.AccessLog;

public static class AccessLogEndpoints
{
    public static void MapAccessLogEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/access-log.pdf", PdfAsync)
            .WithTags("Patients")
            .WithMetadata(new AuditedAttribute(AuditAction.Export, "AccessLogPdf"))
            .WithSummary("Who has looked at the patient's record, as a PDF for the patient.");
    }

    private static async Task<FileContentHttpResult> PdfAsync(
        Guid id, PatientAccess access, AccessLogQuery query, IPdfRenderer renderer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var log = await query.LoadAsync(patient, cancellationToken);
        return TypedResults.File(renderer.Render(AccessLogPdf.Build(log, clock.GetUtcNow())), "application/pdf", "access-log.pdf");
    }
}
