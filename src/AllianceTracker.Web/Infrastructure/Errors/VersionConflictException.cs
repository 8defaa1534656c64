namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>An amendment was based on an older version than the one now stored; the caller gets 409 and the current version.</summary>
public sealed class VersionConflictException(int expectedVersion, int currentVersion)
    : Exception($"This record is at version {currentVersion}, not {expectedVersion}. Reload it and amend the current version.")
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
