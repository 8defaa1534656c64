using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AllianceTracker.Web.Tests.Foundation;

/// <summary>The schema, its migrations and the reviewed scripts in db/ agree, for every provider.</summary>
public class MigrationTests
{
    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void The_model_has_no_changes_without_a_migration(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.For(provider);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"The model changed without a migration for {provider}. Run db/add-migration.sh <Name>.");
    }

    [TestCase(DatabaseProvider.Postgres, "postgres")]
    [TestCase(DatabaseProvider.SqlServer, "sqlserver")]
    public void The_reviewed_script_matches_the_migrations(DatabaseProvider provider, string folder)
    {
        using var db = DesignTimeContexts.For(provider);
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var stored = File.ReadAllText(RepositoryRoot.File("db", folder, "migrate.sql"));

        Assert.That(Normalise(stored), Is.EqualTo(Normalise(generated)),
            $"db/{folder}/migrate.sql is out of date. Run db/generate-scripts.sh and review the difference.");
    }

    [Test]
    public void The_SQL_Server_create_script_can_be_generated_without_a_server()
    {
        using var db = DesignTimeContexts.For(DatabaseProvider.SqlServer);
        var script = db.Database.GenerateCreateScript();

        Assert.Multiple(() =>
        {
            Assert.That(script, Does.Contain("CREATE TABLE [Ratings]"));
            Assert.That(script, Does.Contain("CREATE TABLE [AutonomyDecisionVersions]"));
            Assert.That(script, Does.Contain("[ConcurrencyStamp] uniqueidentifier NOT NULL"));
        });
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void Every_provider_makes_the_audit_table_append_only(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.For(provider);
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys;

        Assert.That(migrations, Has.Some.EndsWith("_AuditEventsAppendOnly"));
    }

    private static string Normalise(string sql) =>
        string.Join('\n', sql.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
}
