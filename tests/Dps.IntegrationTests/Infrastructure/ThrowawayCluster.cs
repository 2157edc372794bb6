using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>A PostgreSQL cluster made from the installed binaries for one test run, and deleted after it.</summary>
internal sealed class ThrowawayCluster : IDisposable
{
    private readonly string _binDirectory;
    private readonly string _directory;

    private ThrowawayCluster(string binDirectory, string directory, int port)
    {
        _binDirectory = binDirectory;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    private static bool IsRoot => Environment.UserName == "root";

    private string DataDirectory => Path.Combine(_directory, "data");

    public static ThrowawayCluster Start()
    {
        var bin = FindBinDirectory();
        var directory = Path.Combine(Path.GetTempPath(), $"dps-test-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            Run("chown", "postgres:", directory);
        }

        var cluster = new ThrowawayCluster(bin, directory, FreePort());
        cluster.RunAsOwner("initdb", "-D", cluster.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        cluster.RunAsOwner(
            "pg_ctl", "-D", cluster.DataDirectory, "-l", Path.Combine(directory, "server.log"), "-w", "-o",
            $"-p {cluster.Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        return cluster;
    }

    public void Dispose()
    {
        try
        {
            RunAsOwner("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private void RunAsOwner(string tool, params string[] arguments)
    {
        var path = Path.Combine(_binDirectory, tool);
        if (IsRoot)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}: {output.Result}{error.Result}");
        }
    }

    /// <summary>$DPS_PG_BIN, else the newest /usr/lib/postgresql/*/bin, else initdb's folder on PATH.</summary>
    private static string FindBinDirectory()
    {
        if (Environment.GetEnvironmentVariable("DPS_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        return installed
            ?? Environment.GetEnvironmentVariable("PATH")!.Split(':').FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("No PostgreSQL server binaries found: install postgresql (build/test.sh does), set DPS_PG_BIN, or set DPS_TEST_DB.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
