using AllianceTracker.Data;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>Fresh records made through the API, so a test never depends on what another test changed.</summary>
public static class ClinicalFixtures
{
    public static async Task<PatientDetails> RegisterPatientAsync(this AllianceAppFactory app, HttpClient client, string alias = "Test patient")
    {
        await using var db = app.NewDbContext();
        return await client.RegisterPatientAsync(await db.FirstWardIdAsync(), alias);
    }

    public static async Task<PatientDetails> RegisterPatientAsync(this HttpClient client, Guid wardId, string alias = "Test patient")
    {
        using var response = await client.PostJsonAsync("/api/v1/patients", new { wardId, displayAlias = alias, preferredLanguage = "nb" });
        return await response.ReadAsync<PatientDetails>();
    }

    public static Task<Guid> FirstWardIdAsync(this AllianceDbContext db) =>
        db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();

    public static async Task<SessionView> LogSessionAsync(this HttpClient client, Guid patientId, DateTimeOffset? startsAt = null)
    {
        using var response = await client.PostJsonAsync($"/api/v1/patients/{patientId}/sessions", new
        {
            kind = "individualConversation",
            startsAt = startsAt ?? DateTimeOffset.UtcNow.AddHours(-1),
            durationMinutes = 45,
            note = "Talked about sleep.",
        });
        return await response.ReadAsync<SessionView>();
    }

    public static readonly Dictionary<string, int?> AllFours = new()
    {
        ["goal1"] = 4, ["goal2"] = 4, ["task1"] = 4, ["task2"] = 4, ["bond1"] = 4, ["bond2"] = 4,
        ["rupture"] = 0, ["mainDecision"] = 0,
    };
}
