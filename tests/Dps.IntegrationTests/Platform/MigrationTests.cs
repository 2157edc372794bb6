using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// Migrations are written by hand (EF's design-time package does not restore here), so this guards them:
/// the schema the migrations build must be the schema EF would create from the model.
/// </summary>
public sealed class MigrationTests
{
    private const string Columns = """
        SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable
        FROM information_schema.columns
        WHERE table_schema = ANY(@schemas) AND table_name <> '__migrations_history'
        """;

    private const string Indexes = """
        SELECT indexdef FROM pg_indexes
        WHERE schemaname = ANY(@schemas) AND tablename <> '__migrations_history'
        """;

    private const string Constraints = """
        SELECT n.nspname || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = ANY(@schemas) AND c.conrelid::regclass::text NOT LIKE '%__migrations_history'
        """;

    [Test]
    public async Task The_platform_and_every_module_live_in_their_own_schemas_with_their_own_migrations_histories()
    {
        var migrated = await TestDatabase.CreateFromTemplateAsync();
        try
        {
            var histories = await ReadAsync(migrated, "SELECT table_schema FROM information_schema.tables WHERE table_name = '__migrations_history'");

            Assert.That(histories, Is.EquivalentTo(new[] { "platform", "qualification", "catalogue", "referral", "evaluation", "contract_management" }));
        }
        finally
        {
            await TestDatabase.DropAsync(migrated);
        }
    }

    [Test]
    public async Task The_migrations_build_exactly_the_schema_of_the_model()
    {
        var migrated = await TestDatabase.CreateFromTemplateAsync();
        var fromModel = await TestDatabase.CreateEmptyAsync();
        try
        {
            var schemas = await CreateFromModelAsync(fromModel);

            foreach (var (what, sql) in new[] { ("columns", Columns), ("indexes", Indexes), ("constraints", Constraints) })
            {
                Assert.That(
                    await ReadAsync(migrated, sql, schemas),
                    Is.EquivalentTo(await ReadAsync(fromModel, sql, schemas)),
                    $"The migrations' {what} differ from the model's: write a migration for the model change.");
            }
        }
        finally
        {
            await TestDatabase.DropAsync(migrated);
            await TestDatabase.DropAsync(fromModel);
        }
    }

    private static async Task<string[]> CreateFromModelAsync(string database)
    {
        // Creating tables takes the owner.
        await using var api = new DpsApiFactory(database, new() { ["Outbox:Enabled"] = "false", ["ConnectionStrings:Dps"] = database });
        await using var scope = api.Services.CreateAsyncScope();
        var schemas = new List<string>();
        foreach (var module in api.Services.GetRequiredService<ModuleRegistry>().All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            schemas.Add(module.Name);
        }

        NpgsqlConnection.ClearAllPools();
        return [.. schemas];
    }

    private static async Task<List<string>> ReadAsync(string database, string sql, string[]? schemas = null)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (schemas is not null)
        {
            command.Parameters.AddWithValue("schemas", schemas);
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
