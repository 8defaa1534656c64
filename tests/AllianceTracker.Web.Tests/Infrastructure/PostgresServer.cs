using System.Diagnostics;
using Npgsql;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster made with initdb and pg_ctl from the installed PostgreSQL, on a
/// free port in a temporary folder, stopped and removed afterwards. No Docker, no hand set-up.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string InstallHint =
        "PostgreSQL server binaries were not found. Install them (Debian/Ubuntu: apt-get install postgresql) " +
        "or set ALLIANCE_PG_BIN to the folder that holds initdb and pg_ctl.";

    private readonly string _bin;
    private readonly string _root;
    private readonly string _dataDir;
    private readonly bool _dropPrivileges;

    private PostgresServer(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        _dataDir = Path.Combine(root, "data");
        Port = port;
        _dropPrivileges = Environment.UserName == "root";
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Include Error Detail=false";

    public static PostgresServer Start() => Start([]);

    /// <summary>Settings given (<c>name = value</c>) come after the defaults and so override them.</summary>
    public static PostgresServer Start(IReadOnlyCollection<string> settings)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(InstallHint);
        var root = Path.Combine(Path.GetTempPath(), "alliance-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var server = new PostgresServer(bin, root, LoopbackPort.Free());
        server.Initialise(settings);
        return server;
    }

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server without removing its data, as a crash or a restart would.</summary>
    public void Stop() => Run("pg_ctl", $"-D \"{_dataDir}\" -m fast -w stop", allowFailure: true);

    public void StartAgain() => Run("pg_ctl", $"-D \"{_dataDir}\" -w -t 60 -l \"{Path.Combine(_root, "server.log")}\" start");

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    private void Initialise(IReadOnlyCollection<string> settings)
    {
        if (_dropPrivileges)
        {
            // PostgreSQL refuses to run as root; the cluster belongs to the postgres system user.
            Process.Start("chown", $"-R postgres \"{_root}\"")!.WaitForExit();
        }

        Run("initdb", $"-D \"{_dataDir}\" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync");
        File.AppendAllText(Path.Combine(_dataDir, "postgresql.conf"),
            $"\nport = {Port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{_root}'\n" +
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 300\nshared_buffers = 128MB\n" +
            string.Concat(settings.Select(setting => setting + "\n")));
        StartAgain();
    }

    private void Run(string tool, string arguments, bool allowFailure = false)
    {
        var executable = Path.Combine(_bin, tool);
        var start = _dropPrivileges
            ? new ProcessStartInfo("runuser", $"-u postgres -- \"{executable}\" {arguments}")
            : new ProcessStartInfo(executable, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = _root;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} did not finish within two minutes.");
        }

        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }

    private static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("ALLIANCE_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => b, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }
}
