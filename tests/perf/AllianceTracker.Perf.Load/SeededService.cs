using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data.Providers;
using AllianceTracker.Perf.Data;
using AllianceTracker.Web.Features.Benchmarks;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AllianceTracker.Perf.Load;

/// <summary>
/// The service as its own process in the Production environment on a loopback port, on a throwaway PostgreSQL
/// cluster, with the demo staff and synthetic patients of one ward whose sessions wait to be rated. Patients are
/// registered through the API, so the therapist is on their care teams as in use; their sessions are bulk-copied.
/// </summary>
public sealed class SeededService : IAsyncDisposable
{
    public const string Therapist = "therapist1@demo.example";
    private const string Password = "load-benchmark-demo-password";
    public const int SessionsPerPatient = 20;
    private const int RegistrationsAtOnce = 8;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly PostgresServer _server;

    private SeededService(PostgresServer server, string connectionString, ServiceProcess service)
    {
        _server = server;
        ConnectionString = connectionString;
        Service = service;
    }

    public ServiceProcess Service { get; }

    public string ConnectionString { get; }

    public string Token { get; private set; } = "";

    /// <summary>The therapist's form every rating is given on.</summary>
    public Guid FormId { get; private set; }

    /// <summary>The sessions to rate, one of each patient in turn, each patient's in the order they took place.</summary>
    public IReadOnlyList<Guid> Sessions { get; private set; } = [];

    public static async Task<SeededService> StartAsync(int sessions)
    {
        var server = PostgresServer.Start();
        try
        {
            return await SeedAsync(server, sessions);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private static async Task<SeededService> SeedAsync(PostgresServer server, int sessions)
    {
        await server.CreateDatabaseAsync("perf_load");
        var connectionString = server.ConnectionString("perf_load");
        var service = await ServiceProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
            ["Database:ConnectionString"] = connectionString,
            ["Database:ApplyMigrationsAtStartup"] = "true",
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
            // one therapist sends every request of the load: the per-caller API limit would otherwise be what is measured
            ["Hardening:ApiRequestsPerWindow"] = "100000000",
            [RawRatingInsertBaseline.Setting] = "true",
        });
        var seeded = new SeededService(server, connectionString, service);
        try
        {
            await seeded.AddPatientsAndSessionsAsync(sessions);
            return seeded;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    private HttpClient CreateClient()
    {
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public async Task<long> CountRatingsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "Ratings" """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        Service.Dispose();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AddPatientsAndSessionsAsync(int sessions)
    {
        Token = await TokenAsync();
        await using var db = BenchmarkDatabase.Context(DatabaseProvider.Postgres, ConnectionString);
        var wardId = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();
        var therapistId = await db.Users.Where(u => u.Email == Therapist).Select(u => u.Id).SingleAsync();
        FormId = await db.Instruments.Where(i => i.Code == BuiltInInstruments.BordinAllianceCheckCode)
            .SelectMany(i => i.Versions).Where(v => v.Rater == Rater.Therapist)
            .OrderByDescending(v => v.ImportedAt).Select(v => v.Id).FirstAsync();

        var patients = await RegisterPatientsAsync(wardId, (sessions + SessionsPerPatient - 1) / SessionsPerPatient);
        var firstDay = DateTimeOffset.UtcNow.Date.AddDays(-SessionsPerPatient);
        var rows = patients.SelectMany((p, index) => Enumerable.Range(0, SessionsPerPatient).Select(day => new
        {
            Patient = p, PatientIndex = index, Day = day, Id = Guid.NewGuid(), StartsAt = new DateTimeOffset(firstDay.AddDays(day).AddHours(10), TimeSpan.Zero),
        })).ToList();
        await using (var writer = await BulkWriter.OpenAsync(DatabaseProvider.Postgres, ConnectionString))
        {
            await writer.WriteAsync("Sessions",
                ["Id", "WardId", "TherapistId", "Current_DurationMinutes", "Current_Kind", "Current_StartsAt", "PatientId", "CurrentVersion", "ConcurrencyStamp", "CreatedAt", "CreatedBy"],
                rows.Select(s => new object?[] { s.Id, wardId, therapistId, 45, "IndividualConversation", s.StartsAt, s.Patient, 1, Guid.NewGuid(), s.StartsAt, therapistId }));
            await writer.AnalyseAsync();
        }

        Sessions = [.. rows.OrderBy(s => s.Day).ThenBy(s => s.PatientIndex).Select(s => s.Id)];
        Console.WriteLine($"seeded {patients.Count:N0} patients with {Sessions.Count:N0} unrated sessions on one ward");
    }

    private async Task<string> TokenAsync()
    {
        using var client = Service.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = Therapist, password = Password }, Json);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    private async Task<List<Guid>> RegisterPatientsAsync(Guid wardId, int count)
    {
        using var client = CreateClient();
        var ids = new Guid[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = RegistrationsAtOnce }, async (i, cancellationToken) =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/patients",
                new { wardId, displayAlias = $"Synthetic load {i + 1}", preferredLanguage = "nb" }, Json, cancellationToken);
            response.EnsureSuccessStatusCode();
            ids[i] = (await response.Content.ReadFromJsonAsync<PatientDetails>(Json, cancellationToken))!.Id;
        });
        return [.. ids];
    }
}
