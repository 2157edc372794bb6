using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Dps.IntegrationTests.Platform.AuditChainRequests;

namespace Dps.IntegrationTests.Platform;

public sealed class AuditChainMigrationTests
{
    private const string TheChain = "20261124030000_AuditHashChain";

    private static readonly Guid[] WrittenInOrder =
    [
        Guid.Parse("00000000-0000-4000-8000-00000000000a"),
        Guid.Parse("00000000-0000-4000-8000-00000000000b"),
        Guid.Parse("00000000-0000-4000-8000-00000000000c"),
    ];

    [Test]
    public async Task Entries_written_before_the_chain_existed_are_chained_by_its_migration_in_the_order_they_were_written()
    {
        var database = await TestDatabase.CreateEmptyAsync();
        try
        {
            await using var api = new DpsApiFactory(database, new() { ["ConnectionStrings:Dps"] = database, ["Outbox:Enabled"] = "false" });
            await MigrateToJustBeforeTheChainAsync(api);
            await Sql.ExecuteAsync(database, """
                INSERT INTO qualification.audit_entries (id, occurred_at, actor_id, actor_roles, action, entity_type, entity_id, change, before, after)
                VALUES (@p2, '2026-01-03T00:00:00Z', 'manager', 'dps-manager', 'Close', 'DynamicPurchasingSystem', 'd', 'Modified', '{"open": true}', '{"open": false}'),
                       (@p0, '2026-01-01T00:00:00Z', 'manager', 'dps-manager', 'Open', 'DynamicPurchasingSystem', 'd', 'Added', NULL, '{"open": true}'),
                       (@p1, '2026-01-02T00:00:00Z', 'system', '', 'Note', 'DynamicPurchasingSystem', 'd', 'Modified', '{"n": 1.50}', '{"n": 2}')
                """, WrittenInOrder[0], WrittenInOrder[1], WrittenInOrder[2]);

            await api.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

            var chained = new List<Guid>();
            for (var position = 1; position <= WrittenInOrder.Length; position++)
            {
                chained.Add(await EntryAtAsync(database, "qualification", position));
            }

            Assert.That(chained, Is.EqualTo(WrittenInOrder));
            var chain = (await (await api.ClientAsAsync(DpsRoles.Auditor)).VerifyAuditTrailAsync()).Chain("qualification");
            Assert.That(chain["intact"]!.GetValue<bool>(), Is.True, chain.ToJsonString());
            Assert.That(chain["entries"]!.GetValue<long>(), Is.EqualTo(WrittenInOrder.Length));
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    private static async Task MigrateToJustBeforeTheChainAsync(DpsApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        foreach (var module in api.Services.GetRequiredService<ModuleRegistry>().All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            var before = db.Database.GetMigrations().Last(m => string.CompareOrdinal(m, TheChain) < 0);
            Assert.That(db.Database.GetMigrations(), Does.Contain(TheChain), module.Name);
            await db.GetService<IMigrator>().MigrateAsync(before);
        }
    }
}
