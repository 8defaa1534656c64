using AllianceTracker.Core.Summaries;
using AllianceTracker.Core.Tests.Reports;
using AllianceTracker.Reports.Pdf;
using AllianceTracker.Reports.Summaries;
using UglyToad.PdfPig;

namespace AllianceTracker.Core.Tests.Summaries;

public class SummaryPdfTests
{
    private static PdfDocumentSpec Spec(SummaryData data) =>
        SummaryPdf.Build(SummaryComposer.Compose(data), SummaryStamp.For(data, SummaryFixtures.DocumentId, SummaryFixtures.GeneratedAt, "Dr. Ærlig Østby"));

    private static IReadOnlyList<string> Pages(SummaryData data) => PdfTesting.PageTexts(PdfTesting.Render(Spec(data)));

    [Test]
    public void The_patient_version_in_bokmal_carries_their_words_the_legal_section_and_whom_to_complain_to()
    {
        var pages = Pages(SummaryFixtures.Sample(SummaryAudience.Patient, "nb"));
        var text = string.Join(' ', pages);

        Assert.That(text, Does.Contain("Målene dine").And.Contain("Der vi ikke var enige").And.Contain("Det du fortsatt bestemmer selv"));
        Assert.That(text, Does.Contain("Hvordan du vurderte samarbeidet vårt"));
        Assert.That(text, Does.Contain(SummaryFixtures.GoalWords).And.Contain(SummaryFixtures.ViewWords));
        Assert.That(text, Does.Contain("Psykisk helsevernloven §4-8"));
        Assert.That(text, Does.Contain("Du har rett til å klage på dette vedtaket til kontrollkommisjonen."));
        Assert.That(pages[0], Does.Contain($"side 1 av {pages.Count}"));
        Assert.That(pages[^1], Does.Contain($"side {pages.Count} av {pages.Count}"));
    }

    [Test]
    public void The_clinical_version_in_english_adds_the_tables_and_says_page_x_of_y()
    {
        var pages = Pages(SummaryFixtures.Sample(SummaryAudience.Clinical, "en"));
        var text = string.Join(' ', pages);

        Assert.That(text, Does.Contain("Sessions").And.Contain("Ratings by subscale").And.Contain("Rater gaps").And.Contain("Acquiescence"));
        Assert.That(text, Does.Contain("Flags").And.Contain("Rupture episodes and repairs").And.Contain("Instrument versions"));
        Assert.That(text, Does.Contain("the Control Commission").And.Contain("§4-8"));
        Assert.That(text, Does.Contain("The therapist's score exceeded the patient's by 30 points"));
        Assert.That(pages[0], Does.Contain($"page 1 of {pages.Count}"));
    }

    [Test]
    public void The_patient_version_is_printed_in_larger_type_than_the_clinical_version()
    {
        static double BodySize(SummaryAudience audience)
        {
            using var pdf = PdfDocument.Open(PdfTesting.Render(Spec(SummaryFixtures.Sample(audience, "en"))));
            // the most common letter size on the first page is the body text
            return pdf.GetPage(1).Letters.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(g => g.Count())!.Key;
        }

        // body text is 10 pt, and the patient's version multiplies every size by 1.3
        Assert.That(BodySize(SummaryAudience.Clinical), Is.EqualTo(10).Within(0.1));
        Assert.That(BodySize(SummaryAudience.Patient), Is.EqualTo(13).Within(0.1));
    }

    [Test]
    public void Every_page_shows_the_alias_the_period_the_document_id_and_the_content_hash()
    {
        var data = SummaryFixtures.Sample(SummaryAudience.Clinical, "nb");
        var hash = SummaryContentHash.Compute(data);

        var pages = Pages(data);

        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(pages, Has.All.Contain("P-0042 Måke · 2026-01-01 – 2026-02-28"));
        Assert.That(pages, Has.All.Contain($"Dokument {SummaryFixtures.DocumentId} · SHA-256 {hash[..12]}"));
    }

    [Test]
    public void Metadata_names_the_summary_its_author_and_when_it_was_generated()
    {
        using var document = PdfDocument.Open(PdfTesting.Render(Spec(SummaryFixtures.Sample(SummaryAudience.Patient, "en"))));

        Assert.That(document.Information.Title, Is.EqualTo("Your summary: what we decided together"));
        Assert.That(document.Information.Author, Is.EqualTo("Dr. Ærlig Østby"));
        Assert.That(document.Information.Subject, Does.Contain("P-0042 Måke"));
        Assert.That(document.Information.GetCreatedDateTimeOffset(), Is.EqualTo(SummaryFixtures.GeneratedAt));
    }

    [Test]
    public void A_clinical_summary_of_500_sessions_paginates_inside_the_margins()
    {
        var data = SummaryFixtures.Sample(SummaryAudience.Clinical, "en") with { Sessions = SummaryFixtures.Sessions(500) };
        var spec = Spec(data);

        using var document = PdfDocument.Open(PdfTesting.Render(spec));
        var pages = document.GetPages().ToList();

        Assert.That(pages, Has.Count.GreaterThan(20));
        var firstTablePage = pages.First(p => PdfTesting.TextOf(p).Contains("Date Kind Patient", StringComparison.Ordinal)).Number;
        foreach (var page in pages)
        {
            Assert.That(PdfTesting.TextOf(page), Does.Contain($"page {page.Number} of {pages.Count}"));
            PdfTesting.AssertWordsWithinMargins(page, spec.Page);
            if (page.Number > firstTablePage)
            {
                // The page the tables start on may still hold the chart, whose rotated axis label is not a text line.
                PdfTesting.AssertLinesDoNotOverlap(page);
            }
        }
    }

    [TestCase("<script>alert('x')</script>")]
    [TestCase("'; DROP TABLE patients; --")]
    [TestCase("{0} {1} %s")]
    public void Hostile_free_text_is_printed_literally(string hostile)
    {
        var data = WithFreeText(hostile);

        var text = string.Join(' ', Pages(data));

        Assert.That(text, Does.Contain(hostile));
    }

    [TestCase("مرحبا، أريد أن أعود إلى البيت")]
    [TestCase("שלום, אני רוצה ללכת הביתה")]
    [TestCase("Jeg vil hjem 😀👍🏽 🏳️‍🌈 \u202Eevil\u202C")]
    public void Right_to_left_and_emoji_free_text_renders_without_breaking(string hard)
    {
        var spec = Spec(WithFreeText(string.Join(' ', Enumerable.Repeat(hard, 30))));

        byte[]? pdf = null;
        Assert.That(() => pdf = PdfTesting.Render(spec), Throws.Nothing);
        using var document = PdfDocument.Open(pdf!);
        foreach (var page in document.GetPages())
        {
            PdfTesting.AssertWordsWithinMargins(page, spec.Page);
        }
    }

    private static SummaryData WithFreeText(string text)
    {
        var data = SummaryFixtures.Sample(SummaryAudience.Clinical, "nb");
        return data with
        {
            PatientAlias = text,
            Goals = [data.Goals[0] with { PatientWords = text }],
            Decisions = [data.Decisions[0] with { PatientPreference = text, Rationale = text }],
            AutonomyDecisions = [data.AutonomyDecisions[0] with { PatientView = text }],
            Flags = [data.Flags[0] with { ExplanationNb = text }],
        };
    }
}
