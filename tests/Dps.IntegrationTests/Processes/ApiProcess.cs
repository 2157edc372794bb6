using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dps.Api.Hosting;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Processes;

/// <summary>The built API as its own operating-system process (`dotnet Dps.Api.dll`), as a replica runs in production.</summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri? address)
    {
        _process = process;
        Address = address!;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where it listens: the address it was given, or the one its start-up banner names.</summary>
    public Uri Address { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="connectionString">The owner's connection to the test database; the API runs as the least-privilege role.</param>
    /// <param name="settings">Settings on top of the tests' own, as environment variables (`Cors__AllowedOrigins__0`).</param>
    public static async Task<ApiProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(connectionString, address.ToString());
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var api = new ApiProcess(Process.Start(start)!, address);
        await api.WaitUntilReadyAsync();
        return api;
    }

    /// <summary>Starts it on port 0, so the server picks a free port, and learns the port from the start-up banner.</summary>
    public static async Task<ApiProcess> StartOnAnyPortAsync(string connectionString)
    {
        var start = StartInfo(connectionString, "http://127.0.0.1:0");
        start.Environment[$"Logging__LogLevel__{StartupBanner.Category}"] = "Information";
        var api = new ApiProcess(Process.Start(start)!, address: null);
        api.Address = await api.BannerAddressAsync();
        await api.WaitUntilReadyAsync();
        return api;
    }

    private static ProcessStartInfo StartInfo(string connectionString, string urls)
    {
        var start = new ProcessStartInfo("dotnet", [ApiAssembly()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(ApiAssembly())!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = urls;
        start.Environment["ConnectionStrings__Dps"] = TestDatabase.AsAppRole(connectionString);
        start.Environment["ConnectionStrings__DpsMigrations"] = connectionString;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["DemoData__Seed"] = "false";
        start.Environment["Outbox__PollInterval"] = "00:00:00.200";
        start.Environment["Sandbox__RefreshInterval"] = "00:00:00.200";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    public async Task<HttpClient> ClientAsAsync(string role)
    {
        var client = Client();
        var minted = await client.PostAsJsonAsync("/dev/tokens", new { role });
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<Uri> BannerAddressAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            var banner = BannerLine().Match(Output);
            if (banner.Success)
            {
                return new Uri(banner.Groups[1].Value);
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The API printed no banner naming its address. Its output:\n{Output}");
        throw new UnreachableException();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The API at {Address} did not become ready. Its output:\n{Output}");
    }

    private void Record(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The host's build output, built with the solution: src/Dps.Api/bin/&lt;configuration&gt;/net10.0/Dps.Api.dll.</summary>
    private static string ApiAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Dps.sln")))
        {
            root = root.Parent;
        }

        var assembly = Path.Combine(root!.FullName, "src", "Dps.Api", "bin", configuration, framework, "Dps.Api.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("Build the solution first.", assembly);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Dps API listening on (\S+);")]
    private static partial Regex BannerLine();
}
