using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace AllianceTracker.Web.Tests.AccessControl;

public class AccessLogTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_access_log_page_and_pdf_list_every_access_with_who_what_and_the_outcome()
    {
        using var owner = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(owner, "Access log patient");
        (await owner.GetAsync($"/api/v1/patients/{patient.Id}")).Dispose();
        using (var outsider = await App.SignInAsync("therapist2@demo.example"))
        {
            using var refused = await outsider.GetAsync($"/api/v1/patients/{patient.Id}");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        await using var db = App.NewDbContext();
        var logged = await db.AuditEvents.CountAsync(a => a.PatientId == patient.Id);
        var page = WebUtility.HtmlDecode(await owner.GetStringAsync($"/Patients/{patient.Id}/AccessLog"));
        var pdf = PdfText(await owner.GetByteArrayAsync($"/api/v1/patients/{patient.Id}/access-log.pdf"));

        Assert.Multiple(() =>
        {
            foreach (var text in new[] { page, pdf })
            {
                Assert.That(text, Does.Contain("Therapist One (demo)"));
                Assert.That(text, Does.Contain("Therapist Two (demo)"));
                Assert.That(text, Does.Contain("recorded (Patient)"));
                Assert.That(text, Does.Contain("looked at (Patient)"));
                Assert.That(text, Does.Contain("refused (not found)"));
            }

            Assert.That(page, Does.Contain($"{logged} accesses"), "the page lists every event before its own");
            Assert.That(pdf, Does.Contain("Access log patient"));
        });
    }

    [Test]
    public async Task The_access_log_of_a_patient_outside_the_care_team_is_not_found()
    {
        using var owner = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(owner, "Private log patient");
        using var outsider = await App.SignInAsync("therapist2@demo.example");

        using var page = await outsider.GetAsync($"/Patients/{patient.Id}/AccessLog");
        using var pdf = await outsider.GetAsync($"/api/v1/patients/{patient.Id}/access-log.pdf");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }
}
