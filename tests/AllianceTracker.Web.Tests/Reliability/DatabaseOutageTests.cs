using System.Net;
using System.Text.Json;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Reliability;

/// <summary>
/// PostgreSQL stopped and started again under a running application. The server is this class's own,
/// so stopping it disturbs no other fixture.
/// </summary>
[NonParallelizable]
public class DatabaseOutageTests
{
    private const string Therapist = "therapist1@demo.example";
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(60);

    private PostgresServer? _server;
    private AllianceAppFactory? _app;

    private PostgresServer Server => _server ?? throw new InvalidOperationException("The server has not started.");
    private AllianceAppFactory App => _app ?? throw new InvalidOperationException("The application has not started.");

    [OneTimeSetUp]
    public async Task StartServerAndApplication()
    {
        _server = PostgresServer.Start();
        _app = new AllianceAppFactory(await TestDatabase.CreateOnAsync(_server));
        _ = _app.Server;
    }

    [OneTimeTearDown]
    public void StopApplicationAndServer()
    {
        _app?.Dispose();
        _server?.Dispose();
    }

    [Test]
    public async Task While_the_database_is_down_requests_get_503_with_Retry_After_and_afterwards_the_service_recovers_with_nothing_lost()
    {
        using var client = await App.SignInAsync(Therapist);
        using var probe = App.CreateHttpsClient();
        var patient = await App.RegisterPatientAsync(client);
        var acknowledged = await client.LogSessionAsync(patient.Id);

        Server.Stop();
        HttpResponseMessage read, write, ready;
        try
        {
            read = await client.GetAsync($"/api/v1/patients/{patient.Id}/sessions");
            write = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/sessions", new
            {
                kind = "individualConversation", startsAt = DateTimeOffset.UtcNow.AddHours(-1), durationMinutes = 30,
            });
            // a load balancer's probe carries no sign-in, whose check would itself need the database
            ready = await probe.GetAsync("/health/ready");
        }
        finally
        {
            Server.StartAgain();
        }

        var recovered = await FirstSuccessAsync(client, $"/api/v1/patients/{patient.Id}/sessions");
        var sessions = await recovered.ReadAsync<List<SessionView>>();
        using var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            foreach (var refused in new[] { read, write })
            {
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
                Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            }

            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(readiness.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(sessions.Select(s => s.Id), Is.EqualTo(new[] { acknowledged.Id }), "the session acknowledged before the outage, and only it");
        });
    }

    /// <summary>Retries as a client honouring Retry-After would, briefly, until the service answers again.</summary>
    private static async Task<HttpResponseMessage> FirstSuccessAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow + RecoveryLimit;
        while (true)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
