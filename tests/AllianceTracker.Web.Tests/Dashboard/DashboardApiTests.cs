using System.Net;
using System.Text;
using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Tests.Infrastructure;
using static AllianceTracker.Web.Tests.Dashboard.DashboardFixture;

namespace AllianceTracker.Web.Tests.Dashboard;

public class DashboardApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Admin = "admin@demo.example";
    private const string Manager = "manager@demo.example";
    private const string Therapist = "therapist1@demo.example";

    private Guid _ward;

    private string Query => $"from={Week1:yyyy-MM-dd}&to={Week2.AddDays(6):yyyy-MM-dd}&bucket=week";

    [OneTimeSetUp]
    public async Task CreateFixtureWard() => _ward = await CreateWardAsync(App);

    [TestCase("/api/v1/wards")]
    [TestCase("/api/v1/wards/{0}/dashboard")]
    [TestCase("/api/v1/wards/{0}/dashboard.csv")]
    [TestCase("/api/v1/wards/{0}/reports")]
    public async Task A_therapist_is_refused_with_403_problem_details(string url)
    {
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, _ward));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"status\":403"));
        });
    }

    [Test]
    public async Task A_manager_sees_the_wards_of_their_memberships_and_an_admin_every_ward()
    {
        using var manager = await App.SignInAsync(Manager);
        using var admin = await App.SignInAsync(Admin);

        var managed = await (await manager.GetAsync("/api/v1/wards")).ReadAsync<List<WardView>>();
        var all = await (await admin.GetAsync("/api/v1/wards")).ReadAsync<List<WardView>>();
        using var notMine = await manager.GetAsync($"/api/v1/wards/{_ward}/dashboard");

        Assert.Multiple(() =>
        {
            Assert.That(managed.Select(w => w.Name).ToList(), Has.Count.EqualTo(2).And.No.Contain(WardName));
            Assert.That(all.Select(w => w.Name), Does.Contain(WardName));
            Assert.That(notMine.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("from=2026-02-30", "from")]
    [TestCase("from=03/02/2026", "from")]
    [TestCase("to=yesterday", "to")]
    [TestCase("from=2026-03-10&to=2026-03-01", "to")]
    [TestCase("from=2020-01-01&to=2026-01-01", "to")]
    [TestCase("bucket=day", "bucket")]
    public async Task An_invalid_query_is_a_400_that_names_the_field(string query, string field)
    {
        using var client = await App.SignInAsync(Admin);

        foreach (var form in new[] { "dashboard", "dashboard.csv" })
        {
            using var response = await client.GetAsync($"/api/v1/wards/{_ward}/{form}?{query}");
            Assert.That(await response.FieldErrorsAsync(field), Is.Not.Empty);
        }
    }

    [Test]
    public async Task The_json_has_the_hand_counted_figures_and_hides_what_fewer_than_five_patients_give()
    {
        using var client = await App.SignInAsync(Admin);

        var view = await (await client.GetAsync($"/api/v1/wards/{_ward}/dashboard?{Query}")).ReadAsync<DashboardView>();
        var sessions = view.Metrics.Single(m => m.Key == "sessions");
        var rated = view.Metrics.Single(m => m.Key == "rating.rated");

        Assert.Multiple(() =>
        {
            Assert.That(sessions.Current, Is.EqualTo(new FigureView(Week1, 8, 6, false, "8")));
            Assert.That(rated.Current, Is.EqualTo(new FigureView(Week1, 75, 6, false, "75.0")), "6 of 8 sessions rated");

            // week 2 comes from 2 patients; with the period total shown, week 1 would give it away, so it is hidden too
            Assert.That(sessions.Buckets.Select(b => b.PeriodStart), Is.EqualTo(new[] { Week1, Week2 }));
            Assert.That(sessions.Buckets, Has.All.EqualTo(new FigureView(default, null, null, true, "< 5")).Using<FigureView>((a, b) =>
                a.Suppressed == b.Suppressed && a.Value == b.Value && a.N == b.N && a.Display == b.Display));
            Assert.That(view.Metrics.Where(m => m.Key.StartsWith("goals", StringComparison.Ordinal)).Select(m => m.Current.Suppressed), Has.All.True);
            Assert.That(view.SuppressionThreshold, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task A_single_week_of_six_patients_is_shown()
    {
        using var client = await App.SignInAsync(Admin);

        var view = await (await client.GetAsync($"/api/v1/wards/{_ward}/dashboard?from={Week1:yyyy-MM-dd}&to={Week1.AddDays(6):yyyy-MM-dd}"))
            .ReadAsync<DashboardView>();

        Assert.Multiple(() =>
        {
            Assert.That(view.Metrics.Single(m => m.Key == "sessions").Buckets.Single(), Is.EqualTo(new FigureView(Week1, 6, 6, false, "6")));
            Assert.That(view.Metrics.Single(m => m.Key == "rating.declined").Buckets.Single().Value, Is.EqualTo(33.3));
        });
    }

    [Test]
    public async Task The_csv_is_tidy_rfc_4180_safe_from_formulas_and_agrees_with_the_json()
    {
        using var client = await App.SignInAsync(Admin);

        var view = await (await client.GetAsync($"/api/v1/wards/{_ward}/dashboard?{Query}")).ReadAsync<DashboardView>();
        using var response = await client.GetAsync($"/api/v1/wards/{_ward}/dashboard.csv?{Query}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split("\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
            Assert.That(lines[0], Is.EqualTo("ward,period_start,metric,value,n,suppressed"));
            Assert.That(lines[^1], Is.Empty, "every record ends with CRLF");
            Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain('\n'));
            Assert.That(lines[1], Does.StartWith("\"'=Fixture ward, \"\"dashboard\"\"\","), "quoted, quotes doubled, formula defused");
        });

        var rows = lines[1..^1].Select(l => l[(l.IndexOf("\",", StringComparison.Ordinal) + 2)..].Split(',')).ToList();
        var expected = view.Metrics.SelectMany(m => m.Buckets.Select(b =>
            new[] { $"{b.PeriodStart:yyyy-MM-dd}", m.Key, b.Display, b.N?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, b.Suppressed ? "true" : "false" }));
        Assert.That(rows, Is.EqualTo(expected));
        Assert.That(rows.Where(r => r[4] == "true"), Has.All.Matches<string[]>(r => r[2] == "< 5" && r[3] == string.Empty));
    }

    [Test]
    public async Task The_page_shows_the_same_suppression_and_links_every_definition()
    {
        using var client = await App.SignInAsync(Admin);

        var html = await client.GetStringAsync($"/Dashboard?ward={_ward}&{Query}");
        var definitions = await client.GetStringAsync("/Dashboard/Definitions");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("&lt; 5"));
            Assert.That(html, Does.Contain("<svg"));
            Assert.That(html, Does.Contain("/Dashboard/Definitions#rating.rated"));
            Assert.That(definitions, Does.Contain("id=\"rating.rated\"").And.Contain("id=\"autonomy.rate\""));
        });
    }

    [Test]
    public async Task The_demo_ward_dashboard_answers_for_a_year_with_week_and_month_buckets()
    {
        using var client = await App.SignInAsync(Manager);
        var ward = (await (await client.GetAsync("/api/v1/wards")).ReadAsync<List<WardView>>())[0];
        var to = DateOnly.FromDateTime(DateTime.UtcNow);

        foreach (var bucket in new[] { "week", "month" })
        {
            using var response = await client.GetAsync($"/api/v1/wards/{ward.Id}/dashboard?from={to.AddYears(-1):yyyy-MM-dd}&to={to:yyyy-MM-dd}&bucket={bucket}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.RootElement.GetProperty("metrics").GetArrayLength(), Is.GreaterThan(20));
        }
    }
}
