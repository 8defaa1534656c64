namespace AllianceTracker.Data.Providers;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
