namespace AllianceTracker.Web.Features.Mfa;

/// <summary>
/// <c>Security:Mfa:Enforce</c>: whether Admin, WardManager and the therapists of wards that ask for it must use a second
/// factor. On by default; the development settings turn it off so that the demo accounts sign in with a password alone.
/// A user who has set up an authenticator is always asked for a code, whatever this says.
/// </summary>
public sealed class MfaOptions
{
    public const string Section = "Security:Mfa";

    public bool Enforce { get; set; } = true;
}
