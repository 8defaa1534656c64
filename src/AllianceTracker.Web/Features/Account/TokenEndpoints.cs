using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Infrastructure.Hardening;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Account;

/// <summary>Email and password, plus the one-time code from the authenticator app once MFA applies.</summary>
public sealed record TokenRequest(string Email, string Password, string? Code);

public sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("Give your e-mail address.").MaximumLength(256).WithMessage("The e-mail is too long.");
        RuleFor(r => r.Password).NotEmpty().WithMessage("Give your password.").MaximumLength(128).WithMessage("The password is too long.");
        RuleFor(r => r.Code).Matches("^[0-9]{6}$").When(r => r.Code is not null).WithMessage("The code is the six digits from your authenticator app.");
    }
}

/// <summary>Bearer tokens for scripted clients; the browser uses its cookie.</summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", IssueAsync).WithTags("Authentication").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Token)
            .Validate<TokenRequest>()
            .WithSummary("Answers { tokenType, accessToken, expiresIn, refreshToken } for a staff member's e-mail and password (and MFA code).");

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueAsync(
        TokenRequest request, SignInManager<StaffUser> signIn)
    {
        var user = await signIn.UserManager.FindByEmailAsync(request.Email);
        if (user is null || user.IsDisabled)
        {
            return Refused();
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor && request.Code is { } code)
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        }

        return result.Succeeded ? TypedResults.Empty
            : result.IsLockedOut ? TypedResults.Problem("The account is locked for a while after too many attempts.", statusCode: StatusCodes.Status429TooManyRequests)
            : result.RequiresTwoFactor ? TypedResults.Problem("Give the one-time code from your authenticator app as 'code'.", statusCode: StatusCodes.Status401Unauthorized)
            : Refused();
    }

    private static ProblemHttpResult Refused() =>
        TypedResults.Problem("The e-mail or the password is not right.", statusCode: StatusCodes.Status401Unauthorized);
}
