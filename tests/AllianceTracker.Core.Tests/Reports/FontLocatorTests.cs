using AllianceTracker.Reports.Pdf;

namespace AllianceTracker.Core.Tests.Reports;

public class FontLocatorTests
{
    [Test]
    public void Finds_dejavu_sans_in_the_default_directories()
    {
        var found = FontLocator.WithDefaults().TryFind(out var fonts, out var problem);

        Assert.That(found, Is.True, problem);
        Assert.That(Path.GetFileName(fonts!.Regular), Is.EqualTo(FontLocator.RegularFileName));
        Assert.That(Path.GetFileName(fonts.Bold), Is.EqualTo(FontLocator.BoldFileName));
    }

    [Test]
    public void Reports_the_package_to_install_when_no_font_is_found()
    {
        var bogus = Path.Combine(Path.GetTempPath(), $"no-fonts-{Guid.NewGuid():N}");
        var locator = new FontLocator([bogus]);

        var found = locator.TryFind(out var fonts, out var problem);

        Assert.That(found, Is.False);
        Assert.That(fonts, Is.Null);
        Assert.That(problem, Does.Contain(FontLocator.RequiredPackage).And.Contain(FontLocator.RegularFileName).And.Contain(bogus));
        Assert.That(() => locator.Find(), Throws.TypeOf<FontNotFoundException>().With.Message.Contains("fonts-dejavu-core"));
    }

    [Test]
    public void Reports_a_font_file_that_cannot_be_read()
    {
        var directory = Directory.CreateTempSubdirectory("broken-fonts-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, FontLocator.RegularFileName), "not a font");
            File.WriteAllText(Path.Combine(directory.FullName, FontLocator.BoldFileName), "not a font");

            var found = new FontLocator([directory.FullName]).TryFind(out _, out var problem);

            Assert.That(found, Is.False);
            Assert.That(problem, Does.Contain("could not be read").And.Contain(FontLocator.RequiredPackage));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void A_configured_directory_is_searched_first()
    {
        var configured = Path.GetDirectoryName(FontLocator.WithDefaults().Find().Regular)!;

        var fonts = FontLocator.WithDefaults(configured).Find();

        Assert.That(Path.GetDirectoryName(fonts.Regular), Is.EqualTo(configured));
    }
}
