using System.Net;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Features.Jurisdictions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Reference;

public class ReferenceDataTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_shipped_instrument_is_listed_with_both_forms_in_three_languages()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var versions = await (await client.GetAsync("/api/v1/instruments")).ReadAsync<List<InstrumentVersionView>>();

        Assert.Multiple(() =>
        {
            Assert.That(versions.Select(v => v.Rater), Is.EquivalentTo(new[] { Rater.Patient, Rater.Therapist }));
            Assert.That(versions.Select(v => v.Code), Is.All.EqualTo("bordin-alliance-check"));
            Assert.That(versions[0].Languages, Is.EquivalentTo(new[] { "en", "nb", "nn" }));
            Assert.That(versions[0].Items.Count(i => i.Subscale == Subscale.Goal), Is.EqualTo(2));
        });
    }

    [TestCase("NO")]
    [TestCase("no")]
    public async Task Norways_rule_table_is_served(string code)
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var rules = await (await client.GetAsync($"/api/v1/jurisdictions/{code}/rules")).ReadAsync<List<JurisdictionRuleView>>();

        Assert.That(rules.Single(r => r.Section == "§4-8").Means.Select(m => m.Code), Is.EqualTo(new[] { "a", "b", "c", "d" }));
    }

    [Test]
    public async Task An_unknown_jurisdiction_is_not_found()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        using var response = await client.GetAsync("/api/v1/jurisdictions/XX/rules");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("/api/v1/instruments")]
    [TestCase("/api/v1/jurisdictions/NO/rules")]
    public async Task Reference_data_needs_a_signed_in_caller(string url)
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
