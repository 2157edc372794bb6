using Dps.IntegrationTests;
using Dps.BuildingBlocks.Application.Security;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>Base of the HTTP tests: a fresh database and API host per test class, and clients acting as any role.</summary>
public abstract class ApiTest
{
    protected DpsApiFactory Api { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = null!;

    /// <summary>Settings the host of this class adds to the test defaults, e.g. seeding the demo data.</summary>
    protected virtual Dictionary<string, string?>? HostSettings => null;

    /// <summary>Services this class adds to the host's, e.g. a subscriber to integration events.</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? TestServices => null;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        ConnectionString = await TestDatabase.CreateFromTemplateAsync();
        Api = new DpsApiFactory(ConnectionString, HostSettings, testServices: TestServices);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        await Api.DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }

    protected HttpClient Anonymous() => Api.CreateClient();

    protected Task<HttpClient> AsManagerAsync() => AsAsync(DpsRoles.Manager);

    protected Task<HttpClient> AsAsync(string role, Guid? authorityId = null, Guid? supplierId = null) =>
        Api.ClientAsAsync(role, authorityId, supplierId);
}
