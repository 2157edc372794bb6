using Dps.IntegrationTests;
using System.Net;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

public sealed class HealthTests : ApiTest
{
    [Test]
    public async Task Live_answers_without_a_token()
    {
        var response = await Anonymous().GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_when_the_database_answers_and_every_migration_is_applied()
    {
        var response = await Anonymous().GetAsync("/health/ready");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Not_ready_when_migrations_are_missing()
    {
        var empty = await TestDatabase.CreateEmptyAsync();
        try
        {
            await using var unmigrated = new DpsApiFactory(empty);

            var response = await unmigrated.CreateClient().GetAsync("/health/ready");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }
        finally
        {
            await TestDatabase.DropAsync(empty);
        }
    }

    [Test]
    public async Task Not_ready_while_the_platform_store_has_a_migration_to_apply()
    {
        var unmigratedPlatform = await TestDatabase.CreateFromTemplateAsync();
        try
        {
            await Sql.ExecuteAsync(unmigratedPlatform, "DELETE FROM platform.__migrations_history");
            await using var api = new DpsApiFactory(unmigratedPlatform);

            var response = await api.CreateClient().GetAsync("/health/ready");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }
        finally
        {
            await TestDatabase.DropAsync(unmigratedPlatform);
        }
    }
}
