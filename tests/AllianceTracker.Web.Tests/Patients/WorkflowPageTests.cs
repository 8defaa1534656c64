using System.Net;
using System.Text.RegularExpressions;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Providers;
using AllianceTracker.Data.Seed;
using AllianceTracker.Web.Features.Decisions;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Patients;

/// <summary>The therapist's pages for registering, stays, the crisis plan, retained autonomy and amendments, posted as a browser does.</summary>
public partial class WorkflowPageTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private static string WardTime(TimeSpan ago) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow - ago, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).ToString("yyyy-MM-ddTHH:mm");

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<(HttpClient Client, Guid PatientId)> PatientAsync()
    {
        var client = await App.SignInAsync(Therapist);
        return (client, (await App.RegisterPatientAsync(client)).Id);
    }

    [Test]
    public async Task A_patient_registered_on_the_page_opens_on_their_timeline()
    {
        using var client = await App.SignInAsync(Therapist);
        await using var db = App.NewDbContext();
        var wardId = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();

        using var response = await client.PostPageFormAsync("/Patients/Register", new()
        {
            ["WardId"] = wardId.ToString(), ["DisplayAlias"] = "Fjellrev", ["PreferredLanguage"] = "nn", ["HospitalRecordReference"] = "DIPS-4711",
        });
        var timeline = await client.GetStringAsync(response.Headers.Location);
        var stored = await db.Patients.SingleAsync(p => p.DisplayAlias == "Fjellrev");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/Patients/{stored.Id}"));
            Assert.That(timeline, Does.Contain("Fjellrev"));
            Assert.That((stored.PreferredLanguage, stored.HospitalRecordReference), Is.EqualTo(("nn", "DIPS-4711")));
        });
    }

    [TestCase("DisplayAlias", "", "Give the patient a display alias.")]
    [TestCase("HospitalRecordReference", "01019012345", "Never store a national identity number")]
    [TestCase("PreferredLanguage", "de", "Use one of: nb, nn, en.")]
    public async Task The_registration_page_shows_what_is_wrong(string field, string value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        await using var db = App.NewDbContext();
        var fields = new Dictionary<string, string>
        {
            ["WardId"] = (await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync()).ToString(),
            ["DisplayAlias"] = "Måke", ["PreferredLanguage"] = "nb", [field] = value,
        };

        using var response = await client.PostPageFormAsync("/Patients/Register", fields);

        Assert.That(await TextAsync(response), Does.Contain(expected));
    }

    [Test]
    public async Task A_stay_is_admitted_assessed_and_discharged_on_the_stay_page()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = $"/Patients/{patientId}/Stay";
            using var admit = await client.PostPageFormAsync(page, new()
            {
                ["AdmittedAt"] = WardTime(TimeSpan.FromDays(2)), ["AdmissionStatus"] = "CompulsoryObservation", ["AdmissionSection"] = "§3-2",
            }, "Admit");
            using var status = await client.PostPageFormAsync(page, new()
            {
                ["NewStatus"] = "CompulsoryCare", ["NewSection"] = "§3-3", ["StatusFrom"] = WardTime(TimeSpan.FromDays(1)),
            }, "LegalStatus");
            using var capacity = await client.PostPageFormAsync(page, new()
            {
                ["AssessedAt"] = WardTime(TimeSpan.FromHours(20)), ["Result"] = "LacksCapacity", ["Scope"] = "Samtykke til medisiner",
            }, "Capacity");
            var open = await client.GetStringAsync(page);
            using var discharge = await client.PostPageFormAsync(page, new() { ["DischargedAt"] = WardTime(TimeSpan.FromHours(1)) }, "Discharge");
            var closed = WebUtility.HtmlDecode(await client.GetStringAsync(page));

            Assert.Multiple(() =>
            {
                Assert.That(new[] { admit.StatusCode, status.StatusCode, capacity.StatusCode, discharge.StatusCode }, Is.All.EqualTo(HttpStatusCode.Redirect));
                Assert.That(WebUtility.HtmlDecode(open), Does.Contain("§3-3").And.Contain("Lacks capacity to consent").And.Contain("Therapist One (demo)"));
                Assert.That(closed, Does.Contain("Samtykke til medisiner").And.Contain("Admit").And.Not.Contain("(open)"));
            });
        }
    }

    [TestCase("Admit", "AdmissionStatus", "CompulsoryCare", "Give the legal section a compulsory status rests on")]
    [TestCase("Capacity", "AssessedAt", "in three days", "This cannot be recorded before it has happened.")]
    [TestCase("LegalStatus", "NewStatus", "Voluntary", "The patient has no open stay; admit them first.")]
    public async Task The_stay_page_shows_what_is_wrong(string handler, string field, string value, string expected)
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var fields = new Dictionary<string, string>
            {
                ["AdmittedAt"] = WardTime(TimeSpan.FromDays(1)), ["AdmissionStatus"] = "Voluntary", ["NewStatus"] = "Voluntary",
                ["StatusFrom"] = WardTime(TimeSpan.FromHours(1)), ["AssessedAt"] = WardTime(TimeSpan.FromHours(1)), ["Result"] = "HasCapacity",
            };
            fields[field] = value == "in three days" ? WardTime(TimeSpan.FromDays(-3)) : value;
            if (handler == "Capacity")
            {
                (await client.PostPageFormAsync($"/Patients/{patientId}/Stay", new()
                {
                    ["AdmittedAt"] = WardTime(TimeSpan.FromDays(1)), ["AdmissionStatus"] = "Voluntary",
                }, "Admit")).Dispose();
            }

            using var response = await client.PostPageFormAsync($"/Patients/{patientId}/Stay", fields, handler);

            Assert.That(await TextAsync(response), Does.Contain(expected));
        }
    }

    [Test]
    public async Task The_crisis_plan_is_started_then_amended_with_a_reason_and_the_old_version_stays_visible()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = $"/Patients/{patientId}/CrisisPlan";
            using var first = await client.PostPageFormAsync(page, new() { ["ExpectedVersion"] = "0", ["LeastIntrusiveMeasure"] = "Skjerming" });
            using var withoutReason = await client.PostPageFormAsync(page, new() { ["ExpectedVersion"] = "1", ["LeastIntrusiveMeasure"] = "Medisiner" });
            using var second = await client.PostPageFormAsync(page, new()
            {
                ["ExpectedVersion"] = "1", ["Reason"] = "Pasienten ombestemte seg", ["LeastIntrusiveMeasure"] = "Medisiner",
            });
            var shown = WebUtility.HtmlDecode(await client.GetStringAsync(page));

            Assert.Multiple(async () =>
            {
                Assert.That(new[] { first.StatusCode, second.StatusCode }, Is.All.EqualTo(HttpStatusCode.Redirect));
                Assert.That(await TextAsync(withoutReason), Does.Contain("Say why the crisis plan is amended."));
                Assert.That(shown, Does.Contain("Version 2").And.Contain("amended: Pasienten ombestemte seg").And.Contain("Skjerming"));
            });
        }
    }

    [Test]
    public async Task A_stale_crisis_plan_amendment_is_refused_on_the_page()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = $"/Patients/{patientId}/CrisisPlan";
            (await client.PostPageFormAsync(page, new() { ["ExpectedVersion"] = "0", ["WhatHelpsToCalmDown"] = "Musikk" })).Dispose();

            using var stale = await client.PostPageFormAsync(page, new() { ["ExpectedVersion"] = "0", ["WhatHelpsToCalmDown"] = "Stillhet" });

            Assert.That(await TextAsync(stale), Does.Contain("This record is at version 1, not 0."));
        }
    }

    [Test]
    public async Task Retained_autonomy_is_added_on_its_page_and_an_unnamed_other_domain_is_refused()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = $"/Patients/{patientId}/RetainedAutonomy";
            var today = WardTime(TimeSpan.Zero)[..10];
            using var other = await client.PostPageFormAsync(page, new() { ["Domain"] = "Other", ["From"] = today });
            using var food = await client.PostPageFormAsync(page, new() { ["Domain"] = "Food", ["Description"] = "Velger selv middag", ["From"] = today });
            var shown = await client.GetStringAsync(page);

            Assert.Multiple(async () =>
            {
                Assert.That(await TextAsync(other), Does.Contain("Describe the domain."));
                Assert.That(food.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
                Assert.That(shown, Does.Contain("Velger selv middag").And.Contain("/Amend"));
            });
        }
    }

    [Test]
    public async Task A_decision_amended_on_its_page_keeps_the_old_version_in_the_history()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var decision = await (await client.PostJsonAsync($"/api/v1/patients/{patientId}/decisions", new
            {
                topic = "leave", decidedAt = DateTimeOffset.UtcNow.AddHours(-3), patientPreference = "Gå tur alene",
                decidedBy = "jointly", patientPosition = "agrees", stage = "assessingLevelsOfAutonomy",
            })).ReadAsync<TreatmentDecisionView>();
            var page = $"/Decisions/{decision.Id}/Amend";
            var form = await client.GetStringAsync(page);
            var fields = FormValues(form);
            fields["PatientPosition"] = "AcceptsButDoesNotAgree";

            using var withoutReason = await client.PostPageFormAsync(page, new Dictionary<string, string>(fields));
            fields["Reason"] = "Pasienten sa etterpå at hen bare godtar det";
            using var amended = await client.PostPageFormAsync(page, fields);
            var shown = WebUtility.HtmlDecode(await client.GetStringAsync(page));

            Assert.Multiple(async () =>
            {
                Assert.That(await TextAsync(withoutReason), Does.Contain("Say why the decision is amended."));
                Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
                Assert.That(shown, Does.Contain("Version 1").And.Contain("Version 2").And.Contain("Therapist One (demo)"));
                Assert.That(shown, Does.Contain("amended: Pasienten sa etterpå at hen bare godtar det"));
                Assert.That(shown, Does.Contain("<dd>Agrees</dd>").And.Contain("<dd>AcceptsButDoesNotAgree</dd>"));
            });
        }
    }

    /// <summary>Each amend page opens with the current version in its form and saves a new one.</summary>
    [TestCase("session")]
    [TestCase("goal")]
    [TestCase("retained-autonomy")]
    [TestCase("autonomy-decision")]
    public async Task Each_amend_page_saves_a_new_version(string kind)
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = await AmendPageAsync(kind, client, patientId);
            var fields = FormValues(await client.GetStringAsync(page));
            fields["Reason"] = "Rettet skrivefeil";

            using var amended = await client.PostPageFormAsync(page, fields);
            var shown = WebUtility.HtmlDecode(await client.GetStringAsync(page));

            Assert.Multiple(() =>
            {
                Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
                Assert.That(shown, Does.Contain("Version 2").And.Contain("amended: Rettet skrivefeil"));
            });
        }
    }

    private static async Task<string> AmendPageAsync(string kind, HttpClient client, Guid patientId) => kind switch
    {
        "session" => $"/Sessions/{(await client.LogSessionAsync(patientId)).Id}/Amend",
        "goal" => $"/Goals/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/goals", new
        {
            patientWords = "Sove", proposedBy = "patient", agreement = "agreed", status = "active",
        })}/Amend",
        "retained-autonomy" => $"/RetainedAutonomy/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/retained-autonomy", new
        {
            domain = "leisure", from = DateTimeOffset.UtcNow.AddDays(-2),
        })}/Amend",
        "autonomy-decision" => $"/AutonomyDecisions/{await RestraintAsync(client, patientId)}/Amend",
        "decision" => $"/Decisions/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/decisions", new
        {
            topic = "leave", decidedAt = DateTimeOffset.UtcNow.AddHours(-3), decidedBy = "jointly", patientPosition = "agrees", stage = "coercionAsCare",
        })}/Amend",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Task<Guid> RestraintAsync(HttpClient client, Guid patientId) =>
        IdOfAsync(client, $"/api/v1/patients/{patientId}/autonomy-decisions", new
        {
            ruleId = NorwegianMentalHealthCareAct.CoerciveMeans, meansCode = "a", startsAt = DateTimeOffset.UtcNow.AddHours(-6),
            milderMeansTried = "Samtale i skjermet rom", patientView = "Jeg vil ikke bli lagt i belter", patientInformedOfComplaintRight = true,
        });

    [Test]
    public async Task An_autonomy_decision_amended_on_its_page_keeps_its_rule_and_the_old_version_in_the_history()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = $"/AutonomyDecisions/{await RestraintAsync(client, patientId)}/Amend";
            var form = WebUtility.HtmlDecode(await client.GetStringAsync(page));
            var fields = FormValues(form);
            fields["Fields.EndsAt"] = WardTime(TimeSpan.FromHours(5));
            fields["Reason"] = "Sluttidspunktet manglet";
            var otherRule = new Dictionary<string, string>(fields) { ["Fields.RuleId"] = NorwegianMentalHealthCareAct.Seclusion.ToString() };

            using var refused = await client.PostPageFormAsync(page, otherRule);
            using var amended = await client.PostPageFormAsync(page, fields);
            var shown = WebUtility.HtmlDecode(await client.GetStringAsync(page));

            Assert.Multiple(async () =>
            {
                Assert.That(form, Does.Contain("Jeg vil ikke bli lagt i belter").And.Contain("§4-8"));
                Assert.That(form, Does.Not.Contain("§4-3"), "an amendment offers only the decision's own rule");
                Assert.That(await TextAsync(refused), Does.Contain("The legal rule of a recorded decision cannot change"));
                Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
                Assert.That(shown, Does.Contain("Version 2").And.Contain("amended: Sluttidspunktet manglet"));
            });
        }
    }

    [Test]
    public async Task The_follow_up_conversation_is_recorded_on_its_page_and_shown_on_the_timeline()
    {
        var (client, patientId) = await PatientAsync();
        using (client)
        {
            var page = $"/AutonomyDecisions/{await RestraintAsync(client, patientId)}/FollowUp";
            var timeline = await client.GetStringAsync($"/Patients/{patientId}");
            var offered = WardTime(TimeSpan.FromHours(3));
            var held = WardTime(TimeSpan.FromHours(2));

            using var contradictory = await client.PostPageFormAsync(page, new() { ["OfferedAt"] = offered, ["HeldAt"] = held, ["DeclinedByPatient"] = "true" });
            using var recorded = await client.PostPageFormAsync(page, new() { ["OfferedAt"] = offered, ["HeldAt"] = held, ["Note"] = "Snakket om hva som hjalp" });
            var after = WebUtility.HtmlDecode(await client.GetStringAsync($"/Patients/{patientId}"));
            var followUps = WebUtility.HtmlDecode(await client.GetStringAsync(page));

            Assert.Multiple(async () =>
            {
                Assert.That(timeline, Does.Contain(page));
                Assert.That(await TextAsync(contradictory), Does.Contain("A declined conversation was not held."));
                Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
                Assert.That(after, Does.Contain("held "));
                Assert.That(followUps, Does.Contain("Snakket om hva som hjalp"));
            });
        }
    }

    private static async Task<Guid> IdOfAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostJsonAsync(url, body);
        return (await response.ReadAsync<Dictionary<string, System.Text.Json.JsonElement>>())["id"].GetGuid();
    }

    private static readonly string[] PatientPages = ["Stay", "CrisisPlan", "RetainedAutonomy"];

    [Test]
    public async Task Another_care_teams_pages_are_not_found_and_the_attempts_are_audited()
    {
        var (owner, patientId) = await PatientAsync();
        using (owner)
        {
            var pages = PatientPages.Select(p => $"/Patients/{patientId}/{p}")
                .Append(await AmendPageAsync("decision", owner, patientId))
                .Append(await AmendPageAsync("session", owner, patientId))
                .Append(await AmendPageAsync("goal", owner, patientId))
                .Append(await AmendPageAsync("retained-autonomy", owner, patientId))
                .Append(await AmendPageAsync("autonomy-decision", owner, patientId))
                .Append($"/AutonomyDecisions/{await RestraintAsync(owner, patientId)}/FollowUp").ToList();
            using var stranger = await App.SignInAsync("therapist4@demo.example");

            var statuses = new List<HttpStatusCode>();
            foreach (var page in pages)
            {
                using var response = await stranger.GetAsync(page);
                statuses.Add(response.StatusCode);
            }

            await using var db = App.NewDbContext();
            var refused = await db.AuditEvents.CountAsync(a => a.PatientId == patientId && a.Outcome == AuditOutcome.NotFound);

            Assert.Multiple(() =>
            {
                Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.NotFound));
                Assert.That(refused, Is.EqualTo(pages.Count));
            });
        }
    }

    [TestCase("/Patients/Register")]
    [TestCase("/Patients/00000000-0000-0000-0000-000000000001/Stay")]
    [TestCase("/Patients/00000000-0000-0000-0000-000000000001/CrisisPlan")]
    [TestCase("/Decisions/00000000-0000-0000-0000-000000000001/Amend")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        using var anonymous = App.CreateHttpsClient();

        using var response = await anonymous.GetAsync(page);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        });
    }

    /// <summary>The values a browser would post from the page's form: inputs, selected options and text areas.</summary>
    private static Dictionary<string, string> FormValues(string html)
    {
        var values = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(html))
        {
            values[input.Groups["name"].Value] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }

        foreach (Match select in SelectPattern().Matches(html))
        {
            var selected = SelectedPattern().Match(select.Groups["options"].Value);
            values[select.Groups["name"].Value] = selected.Success ? WebUtility.HtmlDecode(selected.Groups["value"].Value) : "";
        }

        foreach (Match area in TextAreaPattern().Matches(html))
        {
            values[area.Groups["name"].Value] = WebUtility.HtmlDecode(area.Groups["text"].Value).Trim('\r', '\n');
        }

        values.Remove("__RequestVerificationToken");
        return values;
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option(?=[^>]*selected=\"selected\")[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex SelectedPattern();

    [GeneratedRegex("<textarea[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();
}
