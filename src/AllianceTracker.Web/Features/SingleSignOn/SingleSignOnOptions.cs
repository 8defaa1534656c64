using System.Security.Claims;

namespace AllianceTracker.Web.Features.SingleSignOn;

/// <summary>
/// <c>Authentication:Oidc</c>: sign-in through the hospital's OpenID Connect provider (HelseID, Entra ID, …). Without an
/// authority and a client id nothing of it exists: no button, no scheme, no callback.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    /// <summary>The stable, per-provider identifier of a person: the key of the link to their staff account.</summary>
    public const string SubjectClaim = "sub";

    private static readonly string[] DefaultScopes = ["openid", "profile", "email"];
    private static readonly string[] DefaultMfaMethods = ["mfa", "otp", "hwk"];

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Shown on the button: "Sign in with …".</summary>
    public string DisplayName { get; set; } = "hospital sign-in";

    /// <summary>Null means the defaults; a configured list replaces them (the binder would append to a list given here).</summary>
    public string[]? Scopes { get; set; }

    /// <summary>The claim whose value is compared with staff e-mail addresses the first time a person signs in.</summary>
    public string UserClaim { get; set; } = "email";

    /// <summary>The claim whose values <see cref="RoleMap"/> turns into roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The provider's role value → the staff role it gives. Values that are not in the table give nothing.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    /// <summary>"amr" values that count as a second factor shown at the provider.</summary>
    public string[]? MfaMethods { get; set; }

    /// <summary>"acr" values that count as a second factor shown at the provider; none by default.</summary>
    public string[] MfaAcrValues { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    public IReadOnlyList<string> EffectiveScopes => Scopes ?? DefaultScopes;

    public IReadOnlySet<string> RolesOf(ClaimsPrincipal external) =>
        external.FindAll(RoleClaim)
            .Select(claim => RoleMap.GetValueOrDefault(claim.Value))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    public bool AssertsMultiFactor(ClaimsPrincipal external) =>
        external.FindAll("amr").Any(claim => (MfaMethods ?? DefaultMfaMethods).Contains(claim.Value, StringComparer.Ordinal))
        || external.FindAll("acr").Any(claim => MfaAcrValues.Contains(claim.Value, StringComparer.Ordinal));
}
