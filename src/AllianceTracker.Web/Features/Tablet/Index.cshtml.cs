using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>The patient tablet. No staff sign-in; everything it shows comes through the tablet API.</summary>
[AllowAnonymous]
public class TabletPageModel(IOptions<TabletOptions> options) : PageModel
{
    /// <summary>The key under which the "this device" handover passes its code across one redirect.</summary>
    public const string HandedCodeKey = "tablet-handed-code";

    public TabletOptions Options { get; } = options.Value;

    /// <summary>A code handed over on this device by staff, redeemed by the page at once.</summary>
    [TempData(Key = HandedCodeKey)]
    public string? HandedCode { get; set; }

    public void OnGet() => TabletDevice.EnsureCookie(HttpContext);
}
