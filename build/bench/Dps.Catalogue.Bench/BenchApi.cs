using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.Qualification.IntegrationEvents;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Catalogue.Bench;

/// <summary>The real API host, in process, on the benchmark database: migrated on start, no demo data, no outbox.</summary>
internal sealed class BenchApi(string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>Kent County Council, as in the demo data.</summary>
    private static readonly Guid BuyerAuthorityId = Guid.Parse("5e700000-0000-4000-8000-000000000005");

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
        var minted = await client.PostAsJsonAsync("/dev/tokens", new { role = "buyer", authorityId = BuyerAuthorityId });
        minted.EnsureSuccessStatusCode();
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A category of a DPS the buyer's authority takes part in, as the Catalogue learns them from Qualification's events
    /// (the outbox is off, so they are published here): buyers search only such categories.
    /// </summary>
    public async Task OpenToTheBuyerAsync(Guid categoryId)
    {
        var dpsId = Guid.NewGuid();
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Publish(new DpsParticipantsChangedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, dpsId, [BuyerAuthorityId]));
        await mediator.Publish(new CategoryAddedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, categoryId, dpsId, "SEN"));
    }
}
