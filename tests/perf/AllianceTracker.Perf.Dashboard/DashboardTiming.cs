using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Perf.Data;
using AllianceTracker.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Perf.Dashboard;

/// <summary>Times what the dashboard endpoint does after authorization: query, compute, suppress, serialise.</summary>
public static class DashboardTiming
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<TimeSpan> OnceAsync(BenchmarkDatabase database, Guid wardId, (DateOnly From, DateOnly To) year)
    {
        await using var db = database.Context();
        var ward = await db.Wards.AsNoTracking().SingleAsync(w => w.Id == wardId);
        var range = new DashboardRange(year.From, year.To, DashboardBucket.Week);
        var clock = Stopwatch.StartNew();
        var figures = await new WardDashboardQuery(db, TimeProvider.System).RunAsync(ward, range, CancellationToken.None);
        var json = JsonSerializer.SerializeToUtf8Bytes(DashboardView.Of(ward, range, figures), Json);
        clock.Stop();
        return json.Length > 0 ? clock.Elapsed : throw new InvalidOperationException("The dashboard was empty.");
    }
}
