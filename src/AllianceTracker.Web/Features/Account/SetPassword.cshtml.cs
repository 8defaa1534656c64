using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Hardening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AllianceTracker.Web.Features.Account;

/// <summary>An invited staff member sets their password through the one-time link an administrator gave them.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class SetPasswordModel(Invitations invitations) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string Password { get; set; } = "";

    public bool HasLink => UserId is not null && !string.IsNullOrEmpty(Token);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!HasLink)
        {
            return Page();
        }

        var set = await TryAsync(() => invitations.AcceptAsync(UserId!.Value, Token!, Password));
        return set ? RedirectToPage("/Account/SignIn") : Page();
    }
}
