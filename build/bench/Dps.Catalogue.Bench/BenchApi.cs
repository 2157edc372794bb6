using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Dps.Catalogue.Bench;

/// <summary>The real API host, in process, on the benchmark database: migrated on start, no demo data, no outbox.</summary>
internal sealed class BenchApi(string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>Where the API project is, as WebApplicationFactory looks for it (run from the repository root).</summary>
    public static void UseApiContentRoot()
    {
        const string Variable = "ASPNETCORE_TEST_CONTENTROOT_DPS_API";
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            Environment.SetEnvironmentVariable(Variable, Path.GetFullPath(Path.Combine("src", "Dps.Api")));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dps"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["DemoData:Seed"] = "false",
            ["Outbox:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        };
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }

    /// <summary>A client acting as a buyer, with a token minted by /dev/tokens.</summary>
    public async Task<HttpClient> BuyerAsync()
    {
        var client = CreateClient();
        var minted = await client.PostAsJsonAsync("/dev/tokens", new { role = "buyer", authorityId = Guid.Parse("5e700000-0000-4000-8000-000000000005") });
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
