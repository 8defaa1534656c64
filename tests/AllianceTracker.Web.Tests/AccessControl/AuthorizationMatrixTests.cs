using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Tablet;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.AccessControl;

/// <summary>
/// Every endpoint the application maps, called by every kind of caller, against the table in
/// <see cref="AuthorizationMatrix"/>. An endpoint without a row, or a row without an endpoint, fails the test.
/// Each call must also leave an audit event when its row says the endpoint touches patient data, refusals included.
/// </summary>
public partial class AuthorizationMatrixTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Every_endpoint_has_a_row_and_answers_every_kind_of_caller_as_its_row_says_auditing_each_call_to_patient_data()
    {
        var mapped = MappedEndpoints();
        var rows = AuthorizationMatrix.Rows.ToDictionary(r => (r.Method, r.Pattern));
        var callers = await CallersAsync();
        var records = await MatrixRecords.FindAsync(App, callers[Caller.InTeam]);

        var missing = new List<string>();
        var wrong = new List<string>();
        foreach (var (method, pattern) in mapped.Order())
        {
            var observed = await ObserveAsync(method, pattern, records, callers);
            if (!rows.TryGetValue((method, pattern), out var row))
            {
                missing.Add(observed.ToTableLine());
            }
            else if (observed != row)
            {
                wrong.Add($"expected {row.ToTableLine()}\n     got {observed.ToTableLine()}");
            }
        }

        var stale = rows.Keys.Except(mapped).Select(k => $"{k.Method} {k.Pattern}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty,
                "Endpoints without a row in AuthorizationMatrix. What each answers now is below: check it is right, then add the lines:\n" +
                string.Join('\n', missing));
            Assert.That(stale, Is.Empty, "Rows naming an endpoint that no longer exists; remove them.");
            Assert.That(wrong, Is.Empty, "Endpoints answering otherwise than their row says:\n" + string.Join('\n', wrong));
        });
    }

    [Test]
    public void Every_endpoint_that_touches_patient_data_is_marked_for_the_audit()
    {
        var unaudited = AuthorizationMatrix.Rows.Where(r => r.Audited && !IsMarkedAudited(r.Method, r.Pattern)).Select(r => r.ToTableLine());

        Assert.That(unaudited, Is.Empty);
    }

    private HashSet<(string Method, string Pattern)> MappedEndpoints() =>
        [.. RouteEndpoints().SelectMany(e => Methods(e).Select(m => (m, Normalise(e.RoutePattern.RawText))))];

    private bool IsMarkedAudited(string method, string pattern) => RouteEndpoints().Any(e =>
        Normalise(e.RoutePattern.RawText) == pattern && Methods(e).Contains(method) &&
        e.Metadata.GetMetadata<Web.Features.Audit.AuditedAttribute>() is not null);

    private IEnumerable<RouteEndpoint> RouteEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>Pages and mapped middleware (health checks, the jobs dashboard) name no method; they are reached with GET.</summary>
    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Normalise(string? pattern) => "/" + (pattern ?? "").TrimStart('/');

    private async Task<MatrixRow> ObserveAsync(
        string method, string pattern, MatrixRecords records, IReadOnlyDictionary<Caller, HttpClient> callers)
    {
        var url = Fill(pattern, records);
        var statuses = new Dictionary<Caller, int>();
        var audited = true;
        // the care team calls last: its calls may change a record (acknowledge a flag) that the others must not see first
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var before = await AuditCountAsync();
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method != "GET")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await callers[caller].SendAsync(request);
            statuses[caller] = (int)response.StatusCode;
            audited &= await AuditCountAsync() > before;
        }

        return new MatrixRow(method, pattern, statuses[Caller.Anonymous], statuses[Caller.Tablet], statuses[Caller.OutsideTeam],
            statuses[Caller.Manager], statuses[Caller.Admin], statuses[Caller.InTeam], audited);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = App.NewDbContext();
        return await db.AuditEvents.CountAsync();
    }

    private static string Fill(string pattern, MatrixRecords records) => RouteParameter().Replace(pattern, match =>
    {
        var before = pattern[..match.Index].TrimEnd('/');
        var segment = before[(before.LastIndexOf('/') + 1)..];
        return records.For(match.Groups["name"].Value, segment)
            ?? throw new AssertionException($"No value for route parameter '{match.Value}' in {pattern}: add it to MatrixRecords.For.");
    });

    private async Task<IReadOnlyDictionary<Caller, HttpClient>> CallersAsync()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync();
        tablet.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", redeemed.Token);
        return new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = App.CreateHttpsClient(),
            [Caller.Tablet] = tablet,
            [Caller.OutsideTeam] = await App.SignInAsync(MatrixRecords.OutsideTeam),
            [Caller.Manager] = await App.SignInAsync("manager@demo.example"),
            [Caller.Admin] = await App.SignInAsync("admin@demo.example"),
            [Caller.InTeam] = await App.SignInAsync(MatrixRecords.InTeam),
        };
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    private enum Caller
    {
        Anonymous,
        Tablet,
        OutsideTeam,
        Manager,
        Admin,
        InTeam,
    }
}
