using System.Net;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Processes;

/// <summary>The built API, started on port 0, names in its banner the port it was given, and answers there.</summary>
public sealed class StartupBannerTests
{
    private string _connectionString = null!;
    private ApiProcess _api = null!;

    [OneTimeSetUp]
    public async Task StartOnAnyPort()
    {
        _connectionString = await TestDatabase.CreateFromTemplateAsync();
        _api = await ApiProcess.StartOnAnyPortAsync(_connectionString);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _api.DisposeAsync();
        await TestDatabase.DropAsync(_connectionString);
    }

    [Test]
    public async Task The_banner_names_the_address_the_server_listens_on()
    {
        Assert.That(_api.Address.Port, Is.Not.Zero, "the port the server was given, not the 0 it was asked for");

        using var client = _api.Client();
        var live = await client.GetAsync("/health/live");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_api.Output, Does.Contain($"Swagger UI at {_api.Address.ToString().TrimEnd('/')}/swagger"));
    }
}
