using System.Net.Http.Headers;
using System.Text.Json;
using AllianceTracker.Web.Features.Tablet;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Tablet;

/// <summary>Handing over, redeeming and answering the way the tablet does, for the tablet tests.</summary>
public static class TabletTestSupport
{
    public const string Therapist = "therapist1@demo.example";

    /// <summary>Answers to every required item of the built-in patient form; no rupture, so "talked through" is not asked.</summary>
    public static Dictionary<string, int?> Answers() => new()
    {
        ["goal1"] = 4, ["task1"] = 3, ["bond1"] = 5, ["goal2"] = 2, ["task2"] = 4, ["bond2"] = 5, ["rupture"] = 0, ["mainDecision"] = 1,
    };

    public static async Task<Guid> UserIdAsync(this AllianceAppFactory app, string email)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A session of a patient on (or, with <paramref name="onTeam"/> false, off) the staff member's care team.</summary>
    public static async Task<Guid> SessionAsync(this AllianceAppFactory app, string email, bool onTeam = true, int skip = 0)
    {
        var userId = await app.UserIdAsync(email);
        await using var db = app.NewDbContext();
        return await db.Sessions
            .Where(s => db.CareTeamMemberships.Any(m => m.PatientId == s.PatientId && m.StaffUserId == userId) == onTeam)
            .OrderBy(s => s.Id).Skip(skip).Select(s => s.Id).FirstAsync();
    }

    public static async Task<HandoverCodeResponse> IssueCodeAsync(this AllianceAppFactory app, Guid sessionId)
    {
        using var staff = await app.SignInAsync(Therapist);
        return await staff.IssueCodeAsync(sessionId);
    }

    public static async Task<HandoverCodeResponse> IssueCodeAsync(this HttpClient staff, Guid sessionId)
    {
        using var response = await staff.PostAsync($"/api/v1/sessions/{sessionId}/handover", null);
        return await response.ReadAsync<HandoverCodeResponse>();
    }

    public static Task<HttpResponseMessage> PostRedeemAsync(this HttpClient tablet, string code, Guid? submissionId = null) =>
        tablet.PostJsonAsync("/api/v1/tablet/redeem", new { code, submissionId });

    public static async Task<RedeemResponse> RedeemAsync(this HttpClient tablet, string code, Guid? submissionId = null)
    {
        using var response = await tablet.PostRedeemAsync(code, submissionId);
        return await response.ReadAsync<RedeemResponse>();
    }

    /// <summary>A session handed over and redeemed on a fresh tablet client.</summary>
    public static async Task<(HttpClient Tablet, RedeemResponse Redeemed, Guid SessionId)> HandedOverAsync(this AllianceAppFactory app, int skip = 0)
    {
        var sessionId = await app.SessionAsync(Therapist, skip: skip);
        var issued = await app.IssueCodeAsync(sessionId);
        var tablet = app.CreateHttpsClient();
        return (tablet, await tablet.RedeemAsync(issued.Code, Guid.NewGuid()), sessionId);
    }

    public static async Task<TabletFormView> FormAsync(this HttpClient tablet, string token, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tablet/form" + (language is null ? "" : $"?language={language}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await tablet.SendAsync(request);
        return await response.ReadAsync<TabletFormView>();
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient tablet, RedeemResponse redeemed, Guid formId, object? overrides = null)
    {
        var body = overrides ?? new
        {
            submissionId = redeemed.SubmissionId,
            ticket = redeemed.Ticket,
            instrumentVersionId = formId,
            answers = Answers(),
            texts = new Dictionary<string, string?> { ["wants"] = "To go for a walk every day." },
            disclosure = "Now",
        };
        return await tablet.PostJsonAsync("/api/v1/tablet/submit", body);
    }

    public static async Task<string> ReasonAsync(this HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("reason").GetString()!;
    }
}
