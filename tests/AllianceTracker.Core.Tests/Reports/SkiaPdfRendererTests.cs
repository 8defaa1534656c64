using System.Text;
using AllianceTracker.Reports.Pdf;
using UglyToad.PdfPig;

namespace AllianceTracker.Core.Tests.Reports;

public class SkiaPdfRendererTests
{
    [Test]
    public void Headings_paragraphs_and_key_values_are_text_in_the_pdf()
    {
        var pdf = PdfTesting.Render(
            new HeadingBlock("Alliance summary", 1),
            new HeadingBlock("Ratings by session", 2),
            new HeadingBlock("Method", 3),
            new ParagraphBlock("The patient rated the bond higher after the fourth session."),
            new KeyValueBlock([new("Therapist", "Kari Nordmann"), new("Sessions", "12")]));

        var text = PdfTesting.PageTexts(pdf).Single();

        Assert.That(text, Does.Contain("Alliance summary"));
        Assert.That(text, Does.Contain("Ratings by session"));
        Assert.That(text, Does.Contain("Method"));
        Assert.That(text, Does.Contain("The patient rated the bond higher after the fourth session."));
        Assert.That(text, Does.Contain("Therapist Kari Nordmann"));
        Assert.That(text, Does.Contain("Sessions 12"));
    }

    [Test]
    public void Norwegian_letters_round_trip()
    {
        var pdf = PdfTesting.Render(new HeadingBlock("Blåbærsyltetøy"), new ParagraphBlock("ÆRLIG ØYVIND PÅ ÅS æøå"));

        var text = PdfTesting.PageTexts(pdf).Single();

        Assert.That(text, Does.Contain("Blåbærsyltetøy"));
        Assert.That(text, Does.Contain("ÆRLIG ØYVIND PÅ ÅS æøå"));
        Assert.That(text, Does.Not.Contain("\uFFFD"), "no replacement glyphs for Norwegian letters");
    }

    [Test]
    public void Every_page_has_header_and_page_x_of_y_footer()
    {
        var pdf = PdfTesting.Render(new ParagraphBlock("first"), new PageBreakBlock(), new ParagraphBlock("second"), new PageBreakBlock(), new ParagraphBlock("third"));

        var pages = PdfTesting.PageTexts(pdf);

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages[0], Does.Contain("page 1 of 3"));
        Assert.That(pages[1], Does.Contain("page 2 of 3"));
        Assert.That(pages[^1], Does.Contain("page 3 of 3"));
        Assert.That(pages, Has.All.Contain("Patient P-0042").And.All.Contain("Document 1234abcd · SHA-256 9f86d081"));
    }

    [Test]
    public void Page_number_wording_comes_from_the_caller()
    {
        var spec = PdfTesting.Spec(new ParagraphBlock("Hei")) with
        {
            Furniture = new PdfPageFurniture("Pasient", "Dokument", "side {0} av {1}"),
        };

        Assert.That(PdfTesting.PageTexts(PdfTesting.Render(spec)).Single(), Does.Contain("side 1 av 1"));
    }

    [Test]
    public void A_page_number_format_with_unknown_placeholders_is_rejected()
    {
        var spec = PdfTesting.Spec(new ParagraphBlock("x")) with
        {
            Furniture = new PdfPageFurniture("h", "f", "page {0} of {2}"),
        };

        Assert.That(() => PdfTesting.Render(spec), Throws.ArgumentException);
    }

    [Test]
    public void A_long_table_paginates_repeating_its_header_and_stays_inside_the_margins()
    {
        var rows = Enumerable.Range(1, 500)
            .Select(i => (IReadOnlyList<string>)[$"R{i:D4}", "2026-02-01", i % 7 == 0
                ? "A longer note that has to wrap onto several lines inside its narrow column because it is long."
                : $"Note {i}"])
            .ToList();
        var table = new TableBlock([new("Session", 0.2f), new("Date", 0.25f), new("Clinical note", 0.55f)], rows);
        var spec = PdfTesting.Spec(new HeadingBlock("Sessions"), table);

        using var document = PdfDocument.Open(PdfTesting.Render(spec));
        var pages = document.GetPages().ToList();

        Assert.That(pages, Has.Count.GreaterThan(5));
        foreach (var page in pages)
        {
            var words = page.GetWords().ToList();
            var header = words.Single(w => w.Text == "Session");
            var firstRow = words.Where(w => w.Text.StartsWith('R') && w.Text.Length == 5).Max(w => w.BoundingBox.Top);
            Assert.That(PdfTesting.TextOf(page), Does.Contain("Session Date Clinical note"), $"header row on page {page.Number}");
            Assert.That(header.BoundingBox.Bottom, Is.GreaterThan(firstRow), $"header row above the rows on page {page.Number}");
            PdfTesting.AssertWordsWithinMargins(page, spec.Page);
            PdfTesting.AssertLinesDoNotOverlap(page);
        }

        var rowIds = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).Where(t => t.StartsWith('R') && t.Length == 5).ToList();
        Assert.That(rowIds, Is.EqualTo(rows.Select(r => r[0])));
        Assert.That(PdfTesting.TextOf(pages[^1]), Does.Contain($"page {pages.Count} of {pages.Count}"));
    }

    [Test]
    public void A_table_cell_longer_than_a_page_breaks_across_pages()
    {
        var longCell = string.Join(' ', Enumerable.Range(1, 1500).Select(i => $"w{i}"));
        var table = new TableBlock([new("Key", 0.3f), new("Text", 0.7f)], [["only", longCell]]);
        var spec = PdfTesting.Spec(table);

        using var document = PdfDocument.Open(PdfTesting.Render(spec));
        var pages = document.GetPages().ToList();

        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(pages.SelectMany(p => p.GetWords()).Count(w => w.Text.StartsWith('w') && w.Text.Length > 1), Is.EqualTo(1500));
        foreach (var page in pages)
        {
            Assert.That(PdfTesting.TextOf(page), Does.StartWith("Patient P-0042").Or.Contain("Key Text"));
            PdfTesting.AssertWordsWithinMargins(page, spec.Page);
            PdfTesting.AssertLinesDoNotOverlap(page);
        }
    }

    [Test]
    public void A_very_long_paragraph_paginates()
    {
        var words = Enumerable.Range(1, 6000).Select(i => $"word{i}").ToList();
        var spec = PdfTesting.Spec(new ParagraphBlock(string.Join(' ', words)));

        using var document = PdfDocument.Open(PdfTesting.Render(spec));
        var pages = document.GetPages().ToList();

        Assert.That(pages, Has.Count.GreaterThan(3));
        var found = pages.SelectMany(p => p.GetWords()).Select(w => w.Text).Where(t => t.StartsWith("word", StringComparison.Ordinal));
        Assert.That(found, Is.EqualTo(words));
        foreach (var page in pages)
        {
            PdfTesting.AssertWordsWithinMargins(page, spec.Page);
            PdfTesting.AssertLinesDoNotOverlap(page);
        }
    }

    [Test]
    public void Hard_line_breaks_are_kept_and_an_unbreakable_word_is_split_to_fit()
    {
        var longWord = new string('x', 400);
        var spec = PdfTesting.Spec(new ParagraphBlock($"first line\nsecond line\r\n\r\nafter a blank line {longWord}"));

        using var document = PdfDocument.Open(PdfTesting.Render(spec));
        var page = document.GetPage(1);
        var baselines = page.GetWords()
            .Where(w => w.Text is "first" or "second" or "after")
            .Select(w => w.Letters[0].StartBaseLine.Y)
            .ToList();

        Assert.That(baselines, Is.Ordered.Descending.And.Unique);
        Assert.That(baselines[0] - baselines[1], Is.LessThan(baselines[1] - baselines[2]), "the blank line is kept");
        Assert.That(page.Letters.Count(l => l.Value == "x"), Is.EqualTo(400));
        PdfTesting.AssertWordsWithinMargins(page, spec.Page);
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("'; DROP TABLE x; --")]
    [TestCase("Robert'); DELETE FROM patients WHERE ('1'='1")]
    [TestCase("%s %n {0} {1} ${jndi:ldap://x}")]
    public void Hostile_ascii_text_renders_literally(string nasty)
    {
        var pdf = PdfTesting.Render(
            PdfTesting.Spec(new HeadingBlock(nasty), new ParagraphBlock(nasty), new TableBlock([new(nasty, 1)], [[nasty]])) with
            {
                Furniture = new PdfPageFurniture(nasty, nasty, "page {0} of {1}"),
            });

        using var document = PdfDocument.Open(pdf);
        var text = document.GetPage(1).Text;

        Assert.That(text.Split(nasty).Length - 1, Is.EqualTo(6), "heading, paragraph, table header and cell, page header and footer");
    }

    [TestCase("مرحبا بالعالم، هذا نص عربي طويل يمتد على عدة أسطر في الفقرة")]
    [TestCase("שלום עולם, זהו טקסט בעברית עם English באמצע")]
    [TestCase("Patient 😀👍🏽 felt 👨‍👩‍👧 better 🏳️‍🌈")]
    [TestCase("\u202Eevil\u202C zero\u200Bwidth\u0000null\u0007bell")]
    [TestCase("lone \uD800 surrogate \uDC00 halves")]
    [TestCase("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and CJK 中文 and Devanagari हिन्दी and Thai ภาษาไทย")]
    public void Text_the_font_cannot_show_renders_without_breaking_the_layout(string hard)
    {
        var repeated = string.Join(' ', Enumerable.Repeat(hard, 40));
        var spec = PdfTesting.Spec(
            new HeadingBlock(hard),
            new ParagraphBlock(repeated),
            new KeyValueBlock([new(hard, repeated)]),
            new TableBlock([new(hard, 0.3f), new("B", 0.7f)], [[hard, repeated]]),
            new ParagraphBlock("end marker"));

        byte[]? pdf = null;
        Assert.That(() => pdf = PdfTesting.Render(spec), Throws.Nothing);

        using var document = PdfDocument.Open(pdf!);
        Assert.That(PdfTesting.TextOf(document.GetPage(document.NumberOfPages)), Does.Contain("end marker"));
        foreach (var page in document.GetPages())
        {
            PdfTesting.AssertWordsWithinMargins(page, spec.Page);
            PdfTesting.AssertLinesDoNotOverlap(page);
        }
    }

    [Test]
    public void Characters_missing_from_the_font_show_a_visible_replacement_glyph()
    {
        var text = PdfTesting.PageTexts(PdfTesting.Render(new ParagraphBlock("mood 中 ok"))).Single();

        Assert.That(text, Does.Contain("mood \uFFFD ok"));
    }

    [Test]
    public void Metadata_is_written()
    {
        using var document = PdfDocument.Open(PdfTesting.Render(new ParagraphBlock("x")));

        Assert.That(document.Information.Title, Is.EqualTo("Alliance summary"));
        Assert.That(document.Information.Author, Is.EqualTo("Dr. Ærlig Østby"));
        Assert.That(document.Information.Subject, Is.EqualTo("Working alliance over time"));
        Assert.That(document.Information.GetCreatedDateTimeOffset(), Is.EqualTo(PdfTesting.Created));
    }

    [Test]
    public void Pdfa_identification_is_written_when_asked_for()
    {
        var spec = PdfTesting.Spec(new ParagraphBlock("x"));
        var pdfA = Encoding.Latin1.GetString(PdfTesting.Render(spec));
        var plain = Encoding.Latin1.GetString(PdfTesting.Render(spec with { Metadata = spec.Metadata with { PdfA = false } }));

        Assert.That(pdfA, Does.Contain("pdfaid:part").And.Contain("/OutputIntents"));
        Assert.That(plain, Does.Not.Contain("pdfaid:part"));
    }

    [Test]
    public void Fonts_are_embedded_as_subsets_of_the_characters_used()
    {
        var pdf = PdfTesting.Render(new ParagraphBlock("normal æøå"), new KeyValueBlock([new("bold", "normal")]));
        using var document = PdfDocument.Open(pdf);

        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        Assert.That(fonts, Has.Count.EqualTo(2));
        Assert.That(fonts, Has.All.Match("^[A-Z]{6}\\+DejaVuSans"), "a subset tag marks an embedded subset");
        // DejaVu Sans and its bold are some 700 kB each; whole, they made a one-page PDF over a megabyte
        Assert.That(pdf, Has.Length.LessThan(60_000));
        Assert.That(PdfTesting.PageTexts(pdf)[0], Does.Contain("normal æøå"));
    }

    [Test]
    public void A_chart_in_a_pdf_embeds_a_small_font_too()
    {
        var pdf = PdfTesting.Render(new HeadingBlock("Chart"), AllianceChartTests.SessionChart().ToPdfBlock());

        Assert.That(pdf, Has.Length.LessThan(120_000));
    }

    [Test]
    public void The_subsetter_keeps_exactly_the_glyphs_asked_for()
    {
        var font = File.ReadAllBytes(FontLocator.WithDefaults().Find().Regular);

        var subset = FontSubsetter.SubsetBytes(font, "Hei på deg".EnumerateRunes().Select(r => r.Value));
        using var typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(subset!));

        Assert.That(subset!, Has.Length.LessThan(font.Length / 20));
        Assert.That(typeface.ContainsGlyph('å') && typeface.ContainsGlyph('H'), Is.True);
        Assert.That(typeface.ContainsGlyph('Z'), Is.False);
    }

    [Test]
    public void Blocks_reject_invalid_shapes()
    {
        Assert.That(() => new HeadingBlock("h", 4), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new TableBlock([new("a", 1)], [["a", "b"]]), Throws.ArgumentException);
        Assert.That(() => new TableBlock([new("a", 0)], []), Throws.ArgumentException);
    }
}
