using AllianceTracker.Web.Infrastructure.Validation;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>
/// An amendment was based on an older version than the one now stored; the caller gets 409 and the current version.
/// The message is in the reader's language, as validation messages are: a page's, or English for the API.
/// </summary>
public sealed class VersionConflictException(int expectedVersion, int currentVersion)
    : Exception(ValidationMessages.Format(
        "This record is at version {0}, not {1}. Reload it and amend the current version.", currentVersion, expectedVersion))
{
    public int CurrentVersion { get; } = currentVersion;

    public static void ThrowIfStale(int expectedVersion, int currentVersion)
    {
        if (expectedVersion != currentVersion)
        {
            throw new VersionConflictException(expectedVersion, currentVersion);
        }
    }
}
