using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Bench;

/// <summary>The real API host, in process, on the benchmark database: migrated on start, no demo data, its outbox delivering or not.</summary>
internal sealed class BenchApi(string connectionString, bool outbox) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dps"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["DemoData:Seed"] = "false",
            ["Sandbox:Enabled"] = "false",
            ["Outbox:Enabled"] = outbox ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        };
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));

        // A request then runs in the caller's execution context, so a benchmark can tell its statements from the outbox's.
        builder.ConfigureTestServices(services => services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true));
    }
}
