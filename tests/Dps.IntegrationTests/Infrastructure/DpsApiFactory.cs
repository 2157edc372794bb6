using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>
/// The real API host on a test database: Development settings (the sandbox clock among them), no demo data, a quick
/// outbox and clock refresh. It connects as the API's least-privilege role; <paramref name="connectionString"/> is the
/// owner's, which migrates. <paramref name="testServices"/> adds services to the host's, e.g. a subscriber to events.
/// </summary>
public sealed class DpsApiFactory(
    string connectionString, Dictionary<string, string?>? settings = null, string environment = "Development", Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The tests' own bid sealing key (32 bytes, base64), not the development default.</summary>
    public const string TestBidKey = "dGVzdC1iaWQtZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";

    public const string TestWebhookKey = "dGVzdC13ZWJob29rLXNlY3JldC1rZXktMzItYnl0ZXM=";

    public string ConnectionString => connectionString;

    /// <summary>The API's own connection: the same database, as <see cref="TestDatabase.AppRole"/>.</summary>
    public string AppConnectionString { get; } = TestDatabase.AsAppRole(connectionString);

    /// <summary>What this host logged, at the levels its settings let through.</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var effective = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dps"] = AppConnectionString,
            ["ConnectionStrings:DpsMigrations"] = connectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["DemoData:Seed"] = "false",
            ["Sandbox:RefreshInterval"] = "00:00:00.200",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Referral:BidEncryptionKey"] = TestBidKey,
            ["Webhooks:SecretKey"] = TestWebhookKey,
            ["Webhooks:PollInterval"] = "00:00:00.100",
            ["Webhooks:FirstRetryAfter"] = "00:00:00.200",
            ["Evaluation:OfferInvitationSweepInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? [])
        {
            effective[key] = value;
        }

        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(effective));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddTestSubscribers());
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>This host with more settings on top.</summary>
    public WebApplicationFactory<Program> With(Dictionary<string, string?> settings, LogCapture? logs = null) =>
        WithWebHostBuilder(builder => Configure(builder, settings, logs));

    /// <summary>This host outside Development (so without appsettings.Development.json), with more settings on top.</summary>
    public WebApplicationFactory<Program> InProduction(Dictionary<string, string?> settings, LogCapture? logs = null) =>
        WithWebHostBuilder(builder => Configure(builder.UseSetting("environment", "Production"), settings, logs));

    private static void Configure(IWebHostBuilder builder, Dictionary<string, string?> settings, LogCapture? logs)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>The DbContext type of the module with this schema (the contexts are internal to their modules).</summary>
    public Type DbContextOf(string module) => Services.GetRequiredService<ModuleRegistry>().All.Single(m => m.Name == module).DbContextType;

    /// <summary>A client whose requests carry a token minted by /dev/tokens for the role.</summary>
    public async Task<HttpClient> ClientAsAsync(string role, Guid? authorityId = null, Guid? supplierId = null)
    {
        var client = CreateClient();
        var minted = await client.PostAsJsonAsync("/dev/tokens", new { role, authorityId, supplierId });
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
