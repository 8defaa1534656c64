using AllianceTracker.Reports.Summaries;

namespace AllianceTracker.Core.Tests.Summaries;

public class SummaryContentHashTests
{
    [Test]
    public void The_same_content_always_gives_the_same_hash()
    {
        var hash = SummaryContentHash.Compute(SummaryFixtures.Sample());

        Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(SummaryContentHash.Compute(SummaryFixtures.Sample()), Is.EqualTo(hash));
        Assert.That(SummaryContentHash.Printed(hash), Is.EqualTo(hash[..12]));
    }

    [Test]
    public void Changing_a_single_word_of_the_patients_changes_the_hash()
    {
        var data = SummaryFixtures.Sample();
        var changed = data with { Goals = [data.Goals[0] with { PatientWords = data.Goals[0].PatientWords + "." }, data.Goals[1]] };

        Assert.That(SummaryContentHash.Compute(changed), Is.Not.EqualTo(SummaryContentHash.Compute(data)));
    }

    [Test]
    public void The_canonical_json_names_enums_and_keeps_norwegian_letters()
    {
        var json = SummaryContentHash.CanonicalJson(SummaryFixtures.Sample());

        Assert.That(json, Does.Contain("\"Audience\":\"Patient\"").And.Contain("\"PeriodFrom\":\"2026-01-01\""));
        Assert.That(json, Does.Not.Contain("\n"));
    }
}
