using System.Text.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Instruments;

public sealed record InstrumentVersionView(
    Guid Id, string Code, string Name, string Version, Rater Rater, string? LicenceNote, bool IsLocked,
    IReadOnlyList<InstrumentItemView> Items, IReadOnlyList<string> Languages, DateTimeOffset ImportedAt);

public sealed record InstrumentItemView(string Key, int Order, Subscale Subscale, int ScaleMin, int ScaleMax, bool IsRequired);

public static class InstrumentEndpoints
{
    public static void MapInstrumentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/instruments", async (AllianceDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await LoadAsync(db, cancellationToken)))
            .WithTags("Instruments")
            .WithSummary("The instrument versions this installation holds, one per rater form.");
        api.MapPost("/instruments", ImportAsync).WithTags("Instruments")
            .RequireAuthorization(StaffRole.Admin)
            .WithMetadata(new AuditedAttribute(AuditAction.Administer, InstrumentPackUpload.Resource))
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Imports an instrument pack (docs/instruments.md): 201 when new, 200 when already present or replacing an unused "
                + "version, 400 naming every problem by its place in the pack, 409 when the version is in use and the content differs.");
    }

    /// <summary>
    /// Reads the body as it is (its content type must be JSON, or the answer is 415): the pack is kept verbatim, and its
    /// loader reports unknown or misspelt properties.
    /// </summary>
    private static async Task<Results<Created<PackImportView>, Ok<PackImportView>>> ImportAsync(
        HttpRequest request, InstrumentPackUpload upload, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var imported = await upload.ImportAsync(await reader.ReadToEndAsync(cancellationToken), "request body", cancellationToken);
        return imported.Outcome == PackImportOutcome.Insert
            ? TypedResults.Created((string?)null, imported)
            : TypedResults.Ok(imported);
    }

    public static async Task<List<InstrumentVersionView>> LoadAsync(AllianceDbContext db, CancellationToken cancellationToken)
    {
        // Items and languages are read on their own: included together with the versions, every item came back once for
        // every text, each time with the whole pack.
        var instruments = await db.Instruments.AsNoTracking().Include(i => i.Versions).ToListAsync(cancellationToken);
        var items = (await db.Set<InstrumentItem>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(item => item.InstrumentVersionId);
        var languages = (await db.Set<InstrumentText>().Select(t => new { t.InstrumentVersionId, t.Language }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(t => t.InstrumentVersionId, t => t.Language);
        return instruments
            .SelectMany(i => i.Versions.Select(v => new InstrumentVersionView(
                v.Id, i.Code, i.Name, v.Version, v.Rater, v.LicenceNote, v.IsLocked,
                items[v.Id].OrderBy(item => item.Order)
                    .Select(item => new InstrumentItemView(item.Key, item.Order, item.Subscale, item.ScaleMin, item.ScaleMax, item.IsRequired)).ToList(),
                languages[v.Id].Order().ToList(),
                v.ImportedAt)))
            .OrderBy(v => v.Code).ThenBy(v => v.Version).ThenBy(v => v.Rater)
            .ToList();
    }
}
