using Dps.Bench;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Dps.Catalogue.Bench;

/// <summary>The real API host, in process, on the benchmark database: migrated on start, no demo data, no outbox.</summary>
internal sealed class BenchApi(string connectionString) : WebApplicationFactory<Program>
{
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
    public Task<HttpClient> BuyerAsync() =>
        CreateClient().ActingAsAsync(new { role = "buyer", authorityId = Guid.Parse("5e700000-0000-4000-8000-000000000005") });
}
