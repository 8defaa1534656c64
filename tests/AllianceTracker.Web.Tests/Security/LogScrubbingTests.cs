using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Tablet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceTracker.Web.Tests.Security;

/// <summary>The application logs at its most detailed while free text is written; none of that text reaches a log.</summary>
public class LogScrubbingTests(DatabaseProvider provider) : AppFixture(provider)
{
    private readonly CapturingLoggerProvider _logs = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
        ["Logging:LogLevel:Hangfire"] = "Debug",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_logs);

    [Test]
    public async Task Free_text_written_by_a_therapist_or_a_patient_appears_in_no_log_message_or_exception()
    {
        string[] written = ["Snakket om søvn og mareritt qx71", "Å få sove hele natta qx72", "Jeg vil ha tabletter qx73", "Gå en tur hver dag qx74"];
        using var client = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(client, "Kestrel");

        using var session = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/sessions", new
        {
            kind = "individualConversation", startsAt = DateTimeOffset.UtcNow.AddHours(-1), durationMinutes = 45, note = written[0],
        });
        using var goal = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", new
        {
            patientWords = written[1], therapistFormulation = "Restore sleep", proposedBy = "patient", agreement = "notYetDiscussed", status = "active",
        });
        using var decision = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/decisions", new Dictionary<string, object?>
        {
            ["topic"] = "medication", ["decidedAt"] = DateTimeOffset.UtcNow.AddHours(-2), ["optionsDiscussed"] = "Tablets or depot",
            ["patientPreference"] = written[2], ["clinicianRecommendation"] = "Depot", ["outcome"] = "Tablets for two weeks",
            ["decidedBy"] = "clinicianWithPatientAgreement", ["patientPosition"] = "acceptsButDoesNotAgree", ["stage"] = "assessingLevelsOfAutonomy",
        });
        var (tablet, redeemed, _) = await App.HandedOverAsync();
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            using var submitted = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId, new
            {
                submissionId = redeemed.SubmissionId, ticket = redeemed.Ticket, instrumentVersionId = form.InstrumentVersionId,
                answers = TabletTestSupport.Answers(), texts = new Dictionary<string, string?> { ["wants"] = written[3] }, disclosure = "Now",
            });

            Assert.Multiple(() =>
            {
                Assert.That(new[] { session, goal, decision, submitted }.Select(r => r.IsSuccessStatusCode), Is.All.True, "every text was stored");
                Assert.That(_logs.Entries, Is.Not.Empty, "the application logged");
                foreach (var text in written)
                {
                    Assert.That(_logs.Entries.Where(e => e.Contains(text, StringComparison.OrdinalIgnoreCase)), Is.Empty, text);
                }
            });
        }
    }
}
