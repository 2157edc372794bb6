using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// A database whose DPSs were set up before the Catalogue learnt who takes part in them: Qualification's migration
/// announces each one through its outbox, so their buyers keep their access, and only they.
/// </summary>
public sealed class ParticipantsUpgradeTests
{
    /// <summary>The last migration of Qualification and of the Catalogue before participants were announced.</summary>
    private const string BeforeParticipants = "20261124010000_RuleGuards";

    private const string InsertDps = """
        INSERT INTO qualification.purchasing_systems
            (id, reference, title, lead_authority, participating_authorities, valid_from, valid_until, created_at, validity_changes, entry_closures)
        VALUES (@p0, 'OLD-DPS', 'Set up before the upgrade', jsonb_build_object('id', @p1::uuid, 'name', 'Lead'),
                jsonb_build_array(jsonb_build_object('id', @p1::uuid, 'name', 'Lead'), jsonb_build_object('id', @p2::uuid, 'name', 'Partner')),
                '2026-01-01', '2030-12-31', now(), '[]', '[]')
        """;

    [Test]
    public async Task A_dps_set_up_before_the_upgrade_stays_visible_to_its_buyers_and_only_to_them()
    {
        var database = await TestDatabase.CreateEmptyAsync();
        try
        {
            var (dpsId, leadId, partnerId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            // The owner migrates to just before the participants, and the migrator then does the rest and grants the API's role.
            await using (var owner = new DpsApiFactory(database, new() { ["ConnectionStrings:Dps"] = database, ["Outbox:Enabled"] = "false" }))
            {
                await MigrateAsync(owner, BeforeParticipants);
            }

            await Sql.ExecuteAsync(database, InsertDps, dpsId, leadId, partnerId);
            await using (var migrating = new DpsApiFactory(database, new() { ["Outbox:Enabled"] = "false" }))
            {
                await migrating.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            NpgsqlConnection.ClearAllPools();
            await using var upgraded = new DpsApiFactory(database);
            var partner = await upgraded.ClientAsAsync(DpsRoles.Buyer, authorityId: partnerId);
            var outsider = await upgraded.ClientAsAsync(DpsRoles.Buyer, authorityId: Guid.NewGuid());

            await partner.UntilItSeesAsync(dpsId);
            var partnerReads = await partner.StatusesAsync($"/api/v1/dps/{dpsId}", $"/api/v1/offers?dpsId={dpsId}");
            var outsiderReads = await outsider.StatusesAsync($"/api/v1/dps/{dpsId}", $"/api/v1/offers?dpsId={dpsId}");

            Assert.That(partnerReads.Values, Is.All.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(outsiderReads.Values, Is.All.EqualTo(System.Net.HttpStatusCode.NotFound));
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    /// <summary>Qualification and the Catalogue to <paramref name="target"/>, every other store to its latest.</summary>
    private static async Task MigrateAsync(DpsApiFactory api, string target)
    {
        await using var scope = api.Services.CreateAsyncScope();
        foreach (var module in api.Services.GetRequiredService<ModuleRegistry>().All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            await db.GetService<IMigrator>().MigrateAsync(module.Name is "qualification" or "catalogue" ? target : null);
        }
    }
}
