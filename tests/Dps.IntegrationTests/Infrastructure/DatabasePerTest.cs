namespace Dps.IntegrationTests.Infrastructure;

/// <summary>Base of the tests that start hosts of their own: a fresh migrated database for every test.</summary>
public abstract class DatabasePerTest
{
    protected string Database { get; private set; } = null!;

    [SetUp]
    public async Task CreateDatabase() => Database = await TestDatabase.CreateFromTemplateAsync();

    [TearDown]
    public Task DropDatabase() => TestDatabase.DropAsync(Database);
}
