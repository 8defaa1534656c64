using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Summaries;

namespace AllianceTracker.Core.Tests.Summaries;

public class SummaryComposerTests
{
    private static readonly string[] SharedKeys = ["goals", "decisions", "disagreements", "autonomy", "retained", "alliance", "ownwords"];
    private static readonly string[] ClinicalKeys = ["sessions", "ratings", "gaps", "acquiescence", "flags", "ruptures", "instruments"];

    [Test]
    public void The_clinical_version_is_the_patient_version_plus_the_tables()
    {
        var patient = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Patient, "en"));
        var clinical = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Clinical, "en"));

        Assert.That(patient.Sections.Select(s => s.Key), Is.EqualTo(SharedKeys));
        Assert.That(clinical.Sections.Select(s => s.Key), Is.EqualTo(SharedKeys.Concat(ClinicalKeys)));
        Assert.That(Strings(patient), Has.None.Contain("Framing coercion as care"), "the decision stage is for clinicians");
        Assert.That(Strings(clinical), Has.Some.EqualTo("Framing coercion as care"));
    }

    [Test]
    public void The_patient_is_addressed_as_you_and_the_clinician_reads_about_the_patient()
    {
        var patient = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Patient, "en"));
        var clinical = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Clinical, "en"));

        Assert.That(patient.Sections.Single(s => s.Key == "alliance").Heading, Is.EqualTo("How you rated our work together"));
        Assert.That(Strings(patient), Has.Some.EqualTo("Your therapist, although you objected"));
        Assert.That(Strings(patient), Has.Some.EqualTo("You have the right to complain about this decision to the Control Commission. Staff must help you if you want to complain."));
        Assert.That(Strings(clinical), Has.Some.EqualTo("Clinician, over the patient's objection"));
    }

    [Test]
    public void Nynorsk_has_its_own_wording()
    {
        var view = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Patient, "nn"));

        Assert.That(view.Sections.Select(s => s.Heading), Does.Contain("Måla dine").And.Contain("Det du framleis bestemmer sjølv"));
        Assert.That(Strings(view), Has.Some.Contain("kontrollkommisjonen"));
    }

    [Test]
    public void Patient_and_therapist_series_are_both_drawn_and_kept_apart()
    {
        var data = SummaryFixtures.Sample(SummaryAudience.Patient, "en");

        var chart = SummaryComposer.Compose(data).Sections.Single(s => s.Key == "alliance").Elements.OfType<SummaryChart>().Single();

        Assert.That(chart.Patient.Select(p => p.Rating), Is.EqualTo(data.Sessions.Select(s => s.Patient?.Total)));
        Assert.That(chart.Therapist.Select(p => p.Rating), Is.EqualTo(data.Sessions.Select(s => s.Therapist?.Total)));
        Assert.That(chart.Patient.Select(p => p.Rating), Is.Not.EqualTo(chart.Therapist.Select(p => p.Rating)));
        Assert.That(chart.Labels.Title, Is.EqualTo("How you rated our work together / how your therapist rated it"));
        Assert.That(chart.ToChart().ToSvg(), Does.Contain("Your therapist").And.Contain("You"));
    }

    [Test]
    public void Words_the_patient_chose_to_share_only_in_the_summary_are_shown_in_it()
    {
        var view = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Patient, "nb"));
        var ownWords = view.Sections.Single(s => s.Key == "ownwords").Elements;

        var facts = ownWords.OfType<SummaryFacts>().SelectMany(f => f.Facts).ToList();
        Assert.That(facts, Has.Some.Matches<SummaryFact>(f => f.Value == SummaryFixtures.HiddenUntilSummaryWords && f.IsPatientsOwnWords));
        Assert.That(ownWords.OfType<SummaryParagraph>().Select(p => p.Text), Does.Contain("Du valgte å dele dette først i denne oppsummeringen."));
    }

    [Test]
    public void Disagreements_are_given_in_the_patients_own_words()
    {
        var view = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Patient, "nb"));

        var facts = view.Sections.Single(s => s.Key == "disagreements").Elements.OfType<SummaryFacts>().SelectMany(f => f.Facts).ToList();

        Assert.That(facts.Where(f => f.IsPatientsOwnWords).Select(f => f.Value), Is.EquivalentTo(new[] { "Komme hjem til katten min", SummaryFixtures.PreferenceWords }));
    }

    [Test]
    public void The_clinical_tables_pair_the_raters_and_show_the_gap_and_acquiescence()
    {
        var view = SummaryComposer.Compose(SummaryFixtures.Sample(SummaryAudience.Clinical, "en"));

        var sessions = view.Sections.Single(s => s.Key == "sessions").Elements.OfType<SummaryTable>().Single();
        Assert.That(sessions.Rows[0], Is.EqualTo(new[] { "2026-01-05", "Individual conversation", "40", "70", "+30", "—" }));
        Assert.That(sessions.Rows[1][5], Is.EqualTo("Accepts but does not agree"));
        Assert.That(sessions.Rows[4][2], Is.EqualTo("declined"), "a missing patient rating says why");
        var ratings = view.Sections.Single(s => s.Key == "ratings").Elements.OfType<SummaryTable>().Single();
        Assert.That(ratings.Rows, Has.Count.EqualTo(11), "five patient and six therapist ratings, one row each");
        var acquiescence = view.Sections.Single(s => s.Key == "acquiescence").Elements.OfType<SummaryParagraph>().Single().Text;
        Assert.That(acquiescence, Is.EqualTo("The patient accepted without agreeing in 1 of 1 sessions with a main decision, in 1 of 2 treatment decisions and for 0 of 2 goals."));
    }

    [Test]
    public void Free_text_passes_through_as_plain_strings_for_razor_to_encode()
    {
        const string hostile = "<script>alert(1)</script> & 'quotes'";
        var data = SummaryFixtures.Sample(SummaryAudience.Clinical, "en");
        data = data with { Goals = [data.Goals[0] with { PatientWords = hostile }] };

        var strings = Strings(SummaryComposer.Compose(data)).ToList();

        Assert.That(strings, Does.Contain(hostile));
        Assert.That(strings.Where(s => s != hostile), Has.None.Contain("<").And.None.Contain("&lt;").And.None.Contain("&amp;"));
    }

    [Test]
    public void An_empty_period_says_so_instead_of_showing_blank_sections()
    {
        var data = SummaryFixtures.Sample(SummaryAudience.Clinical, "en") with
        {
            Goals = [], Decisions = [], AutonomyDecisions = [], RetainedAutonomy = [], Sessions = [], Flags = [], RuptureEpisodes = [], Instruments = [],
        };

        var view = SummaryComposer.Compose(data);

        Assert.That(
            view.Sections.Where(s => s.Key != "alliance").Select(s => s.Elements.OfType<SummaryParagraph>().FirstOrDefault()?.Text),
            Has.All.EqualTo("Nothing recorded for this period.").Or.StartWith("The patient accepted"));
    }

    [Test]
    public void Every_enum_value_has_a_text_in_every_language_and_voice()
    {
        Type[] enums =
        [
            typeof(DecisionTopic), typeof(DecisionMaker), typeof(AgreementPosition), typeof(DecisionStage), typeof(GoalAgreement), typeof(GoalStatus),
            typeof(GoalProposer), typeof(AutonomyDomain), typeof(SessionKind), typeof(NonResponseReason), typeof(FlagSeverity), typeof(FlagStatus),
            typeof(RuptureStatus), typeof(Rater),
        ];
        foreach (var language in SummaryTexts.Languages)
        {
            foreach (var audience in Enum.GetValues<SummaryAudience>())
            {
                var texts = SummaryTexts.For(language, audience);
                foreach (var type in enums)
                {
                    foreach (var name in Enum.GetNames(type))
                    {
                        Assert.That(() => texts[$"{type.Name}.{name}"], Is.Not.Empty, $"{type.Name}.{name} in {language}");
                    }
                }
            }
        }
    }

    [Test]
    public void A_language_without_texts_is_refused()
    {
        var data = SummaryFixtures.Sample() with { Language = "sv" };

        Assert.That(() => SummaryComposer.Compose(data), Throws.ArgumentException);
    }

    private static IEnumerable<string> Strings(SummaryView view) =>
        new[] { view.Title, view.Header, view.Intro }.Concat(view.Sections.SelectMany(s => s.Elements.SelectMany(Strings).Prepend(s.Heading)));

    private static IEnumerable<string> Strings(SummaryElement element) => element switch
    {
        SummaryParagraph p => [p.Text],
        SummaryFacts f => f.Facts.SelectMany(x => new[] { x.Label, x.Value }).Concat(f.Title is null ? [] : [f.Title]),
        SummaryTable t => t.Columns.Select(c => c.Header).Concat(t.Rows.SelectMany(r => r)),
        SummaryChart c => [c.Labels.Title, c.Labels.PatientSeries, c.Labels.TherapistSeries],
        _ => [],
    };
}
