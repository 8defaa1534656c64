using AllianceTracker.Core.Instruments;
using AllianceTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Instruments;

public sealed record InstrumentVersionView(
    Guid Id, string Code, string Name, string Version, Rater Rater, string? LicenceNote, bool IsLocked,
    IReadOnlyList<InstrumentItemView> Items, IReadOnlyList<string> Languages);

public sealed record InstrumentItemView(string Key, int Order, Subscale Subscale, int ScaleMin, int ScaleMax, bool IsRequired);

public static class InstrumentEndpoints
{
    public static void MapInstrumentEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/instruments", ListAsync).WithTags("Instruments")
            .WithSummary("The instrument versions this installation holds, one per rater form.");

    private static async Task<Ok<List<InstrumentVersionView>>> ListAsync(AllianceDbContext db, CancellationToken cancellationToken)
    {
        var instruments = await db.Instruments.AsNoTracking()
            .Include(i => i.Versions).ThenInclude(v => v.Items)
            .Include(i => i.Versions).ThenInclude(v => v.Texts)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(instruments
            .SelectMany(i => i.Versions.Select(v => new InstrumentVersionView(
                v.Id, i.Code, i.Name, v.Version, v.Rater, v.LicenceNote, v.IsLocked,
                v.Items.OrderBy(item => item.Order)
                    .Select(item => new InstrumentItemView(item.Key, item.Order, item.Subscale, item.ScaleMin, item.ScaleMax, item.IsRequired)).ToList(),
                v.Texts.Select(t => t.Language).Distinct().Order().ToList())))
            .OrderBy(v => v.Code).ThenBy(v => v.Version).ThenBy(v => v.Rater)
            .ToList());
    }
}
