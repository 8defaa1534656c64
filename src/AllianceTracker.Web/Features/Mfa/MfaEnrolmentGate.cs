using AllianceTracker.Web.Infrastructure.Localization;
using AllianceTracker.Web.Infrastructure.Security;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>
/// Holds a signed-in user who must use a second factor but whose session was opened without one at the enrolment
/// page: pages redirect there and API calls answer 403 problem details. Signing out, the sign-in pages and the
/// language switch stay open.
/// </summary>
public sealed class MfaEnrolmentGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/Mfa/Enrol";

    private static readonly PathString[] Open = [EnrolmentPath, "/Account/SignIn", "/Account/SignOut", LanguageSwitch.Path];

    public async Task InvokeAsync(HttpContext context, MfaRequirement requirement)
    {
        if (requirement.Enforced
            && context.User.Identity?.IsAuthenticated == true
            && !AuthenticationMethods.UsedMultiFactor(context.User)
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            && await requirement.AppliesToAsync(context.User, context.RequestAborted))
        {
            await HoldAsync(context);
            return;
        }

        await next(context);
    }

    private static Task HoldAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return TypedResults.Problem(
                "This account must use two-step sign-in. Set up an authenticator app at /Mfa/Enrol, then sign in again.",
                statusCode: StatusCodes.Status403Forbidden, title: "Two-step sign-in is required").ExecuteAsync(context);
        }

        context.Response.Redirect(EnrolmentPath);
        return Task.CompletedTask;
    }
}
