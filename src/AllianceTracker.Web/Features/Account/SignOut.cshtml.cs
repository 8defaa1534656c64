using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Account;

/// <summary>
/// Signing out removes the cookie and renews the security stamp, so that a copy of the cookie or a
/// bearer token taken before is refused on the server too. That ends the user's other sessions as well.
/// </summary>
[AllowAnonymous]
public class SignOutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        return RedirectToPage();
    }
}
