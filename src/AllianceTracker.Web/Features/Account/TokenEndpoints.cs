using System.Security.Claims;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Mfa;
using AllianceTracker.Web.Infrastructure.Hardening;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Account;

/// <summary>
/// E-mail and password, plus a one-time code (from the authenticator app, or a recovery code) when the account uses
/// two-step sign-in.
/// </summary>
public sealed record TokenRequest(string Email, string Password, string? OneTimeCode);

public sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("Give your e-mail address.").MaximumLength(256).WithMessage("The e-mail is too long.");
        RuleFor(r => r.Password).NotEmpty().WithMessage("Give your password.").MaximumLength(128).WithMessage("The password is too long.");
        RuleFor(r => r.OneTimeCode)
            .Must(code => code!.Length <= Mfa.OneTimeCode.MaxLength && Mfa.OneTimeCode.IsWellFormed(code)).When(r => r.OneTimeCode is not null)
            .WithMessage("The one-time code is the six digits from your authenticator app, or one of your recovery codes.");
    }
}

/// <summary>Bearer tokens for scripted clients; the browser uses its cookie.</summary>
public static class TokenEndpoints
{
    private const string OneTimeCodeField = "oneTimeCode";

    public static void MapTokenEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", IssueAsync).WithTags("Authentication").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Token)
            .Validate<TokenRequest>()
            .WithSummary("Answers { tokenType, accessToken, expiresIn, refreshToken } for a staff member's e-mail and password, " +
                         "and oneTimeCode when the account uses two-step sign-in.");

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueAsync(
        TokenRequest request, SignInManager<StaffUser> signIn, MfaRequirement requirement, SecondFactorCheck secondFactor,
        CancellationToken cancellationToken)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(request.Email);
        if (user is null || user.IsDisabled)
        {
            return Refused();
        }

        var password = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!password.Succeeded)
        {
            return password.IsLockedOut ? LockedOut() : Refused();
        }

        var usesSecondFactor = await users.GetTwoFactorEnabledAsync(user);
        if (!usesSecondFactor && await requirement.AppliesToAsync(user.Id, [.. await users.GetRolesAsync(user)], cancellationToken))
        {
            return TypedResults.Problem(
                "This account must use two-step sign-in and has not set it up. Sign in once in the browser to set up an authenticator app, " +
                "then ask for a token with 'oneTimeCode'.",
                statusCode: StatusCodes.Status403Forbidden, title: "Two-step sign-in is not set up");
        }

        if (usesSecondFactor)
        {
            if (request.OneTimeCode is not { } code)
            {
                return CodeProblem("A one-time code is required: give the code from your authenticator app, or a recovery code, as 'oneTimeCode'.");
            }

            switch (await secondFactor.VerifyAsync(user, code))
            {
                case SecondFactorResult.LockedOut:
                    return LockedOut();
                case SecondFactorResult.Refused:
                    return CodeProblem("The one-time code is not right.");
            }
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(AuthenticationMethods.ClaimType, usesSecondFactor ? AuthenticationMethods.MultiFactor : AuthenticationMethods.Password)]);
        return TypedResults.Empty;
    }

    private static ProblemHttpResult CodeProblem(string message) => TypedResults.Problem(
        message, statusCode: StatusCodes.Status401Unauthorized, title: "A one-time code is needed",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [OneTimeCodeField] = [message] } });

    private static ProblemHttpResult LockedOut() =>
        TypedResults.Problem("The account is locked for a while after too many attempts.", statusCode: StatusCodes.Status429TooManyRequests);

    private static ProblemHttpResult Refused() =>
        TypedResults.Problem("The e-mail or the password is not right.", statusCode: StatusCodes.Status401Unauthorized);
}
