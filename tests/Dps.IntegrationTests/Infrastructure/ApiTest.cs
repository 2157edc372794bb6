using Dps.IntegrationTests;
using Dps.BuildingBlocks.Application.Security;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>Base of the HTTP tests: a fresh database and API host per test class, and clients acting as any role.</summary>
public abstract class ApiTest
{
    protected DpsApiFactory Api { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        ConnectionString = await TestDatabase.CreateFromTemplateAsync();
        Api = new DpsApiFactory(ConnectionString);
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
