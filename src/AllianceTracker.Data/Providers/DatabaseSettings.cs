namespace AllianceTracker.Data.Providers;

/// <summary>The "Database" configuration section.</summary>
public class DatabaseSettings
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>When empty with SQLite, a file in the application's data folder is used.</summary>
    public string? ConnectionString { get; set; }
}
