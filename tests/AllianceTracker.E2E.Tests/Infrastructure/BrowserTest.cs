using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Infrastructure;

/// <summary>A fresh browser context per test, with helpers to sign in, check accessibility and keep screenshots for the guides.</summary>
public abstract class BrowserTest
{
    private IBrowserContext? _context;

    protected IPage Page { get; private set; } = null!;

    protected virtual BrowserNewContextOptions ContextOptions => new()
    {
        BaseURL = E2E.BaseUrl.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        Locale = "en-GB",
    };

    [SetUp]
    public async Task OpenPage()
    {
        _context = await E2E.NewContextAsync(ContextOptions);
        Page = await _context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    protected async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/Account/SignIn");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(Web.Tests.Infrastructure.AllianceAppFactory.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Runs axe on the page; serious and critical violations fail the test, with their rule ids.</summary>
    protected async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.That(serious, Is.Empty, $"axe found serious or critical violations on {Page.Url}");
    }

    /// <summary>Saves a screenshot into docs/images, where the user guides show it: the whole page, or only the part given.</summary>
    protected async Task ScreenshotForGuideAsync(string name, ILocator? part = null)
    {
        var folder = Path.Combine(Web.Tests.Infrastructure.RepositoryRoot.Path, "docs", "images");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        if (part is null)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        else
        {
            await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }
    }
}
