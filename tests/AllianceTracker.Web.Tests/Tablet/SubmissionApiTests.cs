using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AllianceTracker.Web.Tests.Tablet.TabletTestSupport;

namespace AllianceTracker.Web.Tests.Tablet;

public class SubmissionApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_submission_stores_one_patient_rating_from_the_tablet_and_completes_the_handover()
    {
        var (tablet, redeemed, sessionId) = await App.HandedOverAsync(skip: 10);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            using var response = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);
            await using var db = App.NewDbContext();
            var rating = await db.Ratings.Include(r => r.Answers).SingleAsync(r => r.SubmissionId == redeemed.SubmissionId);
            var handover = await db.TabletHandovers.SingleAsync(h => h.SessionId == sessionId && h.CompletedAt != null);

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(rating.SessionId, Is.EqualTo(sessionId));
                Assert.That(rating.Rater, Is.EqualTo(Rater.Patient));
                Assert.That(rating.Source, Is.EqualTo(RatingSource.Tablet));
                Assert.That(rating.PatientWants, Is.EqualTo("To go for a walk every day."));
                Assert.That(rating.Scores.TotalRaw, Is.EqualTo(23));
                Assert.That(handover.CompletedAt, Is.Not.Null);
            });
        }
    }

    [Test]
    public async Task The_same_submission_sent_again_stores_one_rating_and_gets_the_same_answer()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 11);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            using var first = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);
            using var second = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);
            await using var db = App.NewDbContext();

            Assert.Multiple(async () =>
            {
                Assert.That(second.StatusCode, Is.EqualTo(first.StatusCode));
                Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
                Assert.That(await db.Ratings.CountAsync(r => r.SubmissionId == redeemed.SubmissionId), Is.EqualTo(1));
            });
        }
    }

    [Test]
    public async Task Five_identical_submissions_at_once_store_one_rating_and_all_get_the_same_answer()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 12);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => tablet.SubmitAsync(redeemed, form.InstrumentVersionId)));
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            await using var db = App.NewDbContext();

            Assert.Multiple(async () =>
            {
                Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
                Assert.That(bodies.Distinct().Count(), Is.EqualTo(1));
                Assert.That(await db.Ratings.CountAsync(r => r.SubmissionId == redeemed.SubmissionId), Is.EqualTo(1));
                Assert.That(await db.IdempotencyRecords.CountAsync(r => r.Key == redeemed.SubmissionId.ToString("N")), Is.EqualTo(1));
            });
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Test]
    public async Task Different_answers_under_a_used_submission_id_are_refused()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 13);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            using var first = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);
            var changed = Answers();
            changed["bond1"] = 1;
            using var second = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId, new
            {
                submissionId = redeemed.SubmissionId, ticket = redeemed.Ticket, instrumentVersionId = form.InstrumentVersionId, answers = changed,
            });

            Assert.Multiple(async () =>
            {
                Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
                Assert.That(await second.ReasonAsync(), Is.EqualTo("reused"));
            });
        }
    }

    [Test]
    public async Task Declining_is_recorded_as_a_non_response_with_reason_declined()
    {
        var (tablet, redeemed, sessionId) = await App.HandedOverAsync(skip: 14);
        using (tablet)
        {
            using var response = await tablet.SubmitAsync(redeemed, Guid.Empty, new
            {
                submissionId = redeemed.SubmissionId, ticket = redeemed.Ticket, declined = true,
            });
            await using var db = App.NewDbContext();
            var nonResponse = await db.NonResponses.SingleAsync(n => n.SubmissionId == redeemed.SubmissionId);

            Assert.Multiple(async () =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(nonResponse.Reason, Is.EqualTo(NonResponseReason.Declined));
                Assert.That(nonResponse.SessionId, Is.EqualTo(sessionId));
                Assert.That(nonResponse.RecordedBy, Is.Null);
                Assert.That(await db.Ratings.AnyAsync(r => r.SubmissionId == redeemed.SubmissionId), Is.False);
            });
        }
    }

    [Test]
    public async Task A_patient_who_declines_after_staff_recorded_too_unwell_is_heard_and_the_latest_answer_counts()
    {
        using var staff = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(staff);
        var session = await staff.LogSessionAsync(patient.Id);
        using (var recorded = await staff.PostJsonAsync($"/api/v1/sessions/{session.Id}/non-responses", new { reason = "TooUnwell" }))
        {
            recorded.EnsureSuccessStatusCode();
        }

        var issued = await App.IssueCodeAsync(session.Id);
        using var tablet = App.CreateHttpsClient();
        var redeemed = await tablet.RedeemAsync(issued.Code, Guid.NewGuid());
        using var response = await tablet.SubmitAsync(redeemed, Guid.Empty, new
        {
            submissionId = redeemed.SubmissionId, ticket = redeemed.Ticket, declined = true,
        });
        var after = await staff.GetFromJsonAsync<SessionView>($"/api/v1/sessions/{session.Id}", ApiJson.Options);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after!.PatientNonResponse, Is.EqualTo(NonResponseReason.Declined));
        });
    }

    [Test]
    public async Task A_forged_ticket_or_one_for_another_submission_id_is_refused()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 15);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            using var forged = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId, new
            {
                submissionId = redeemed.SubmissionId, ticket = redeemed.Token, instrumentVersionId = form.InstrumentVersionId, answers = Answers(),
            });
            using var otherId = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId, new
            {
                submissionId = Guid.NewGuid(), ticket = redeemed.Ticket, instrumentVersionId = form.InstrumentVersionId, answers = Answers(),
            });

            Assert.Multiple(async () =>
            {
                Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
                Assert.That(await forged.ReasonAsync(), Is.EqualTo("ticket"));
                Assert.That(otherId.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            });
        }
    }

    [Test]
    public async Task Answers_that_do_not_fit_the_form_are_a_400_naming_the_item_and_can_be_corrected()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 16);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            var incomplete = Answers();
            incomplete.Remove("bond2");
            using var refused = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId, new
            {
                submissionId = redeemed.SubmissionId, ticket = redeemed.Ticket, instrumentVersionId = form.InstrumentVersionId, answers = incomplete,
            });
            using var corrected = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);

            Assert.Multiple(async () =>
            {
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
                Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("answers.bond2"));
                Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            });
        }
    }

    [Test]
    public async Task The_tablet_token_opens_no_endpoint_outside_the_tablet_api()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 17);
        using (tablet)
        {
            var refusals = new List<string>();
            foreach (var (method, path) in StaffEndpoints())
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", redeemed.Token);
                request.Headers.Add("X-Tablet-Ticket", redeemed.Ticket);
                using var response = await tablet.SendAsync(request);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/SignIn", StringComparison.Ordinal));
                if (!refused)
                {
                    refusals.Add($"{method} {path} answered {(int)response.StatusCode}");
                }
            }

            Assert.That(refusals, Is.Empty);
            Assert.That(StaffEndpoints().Select(e => e.Path), Does.Contain("/api/v1/patients").And.Contain("/api/v1/flags"));
        }
    }

    /// <summary>Every endpoint that needs a staff sign-in, with its route parameters filled in.</summary>
    private IEnumerable<(string Method, string Path)> StaffEndpoints()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Guid.NewGuid().ToString(),
                _ => "",
            }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                yield return (method, path.Replace("//", "/", StringComparison.Ordinal));
            }
        }
    }
}
