using System.Security.Cryptography;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data;
using AllianceTracker.Reports.Pdf;
using AllianceTracker.Reports.Summaries;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>
/// Renders a summary as PDF and stores it as an append-only document: the next version for the same patient,
/// audience and period, the SHA-256 of the bytes as served, and the content hash its footer prints.
/// </summary>
public sealed class SummaryDocumentWriter(AllianceDbContext db, IPdfRenderer renderer, TimeProvider clock)
{
    public const string PdfContentType = "application/pdf";

    public async Task<SummaryDocument> WriteAsync(SummaryData data, Guid generatedBy, Guid documentId, CancellationToken cancellationToken)
    {
        var author = await db.Users.Where(u => u.Id == generatedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var previous = await db.SummaryDocuments
            .Where(d => d.PatientId == data.PatientId && d.Audience == data.Audience && d.PeriodFrom == data.PeriodFrom && d.PeriodTo == data.PeriodTo)
            .MaxAsync(d => (int?)d.Version, cancellationToken);
        var stamp = SummaryStamp.For(data, documentId, clock.GetUtcNow(), author ?? "AllianceTracker");
        var pdf = renderer.Render(SummaryPdf.Build(SummaryComposer.Compose(data), stamp));

        var document = new SummaryDocument
        {
            Id = documentId,
            PatientId = data.PatientId,
            Audience = data.Audience,
            Language = data.Language,
            PeriodFrom = data.PeriodFrom,
            PeriodTo = data.PeriodTo,
            Version = (previous ?? 0) + 1,
            GeneratedAt = stamp.GeneratedAt,
            GeneratedBy = generatedBy,
            Sha256 = Sha256Hex(pdf),
            ContentSha256 = stamp.ContentSha256,
            ContentType = PdfContentType,
            Content = pdf,
        };
        db.SummaryDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
