using System.Net;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// The API connects as a least-privilege role: it reads and writes the modules' tables, only reads and appends to the
/// audit trails, and can switch none of their triggers off (the owner migrates; see <see cref="MigratorRoleTests"/>).
/// </summary>
public sealed class DatabaseRoleTests : ApiTest
{
    private string ApisOwnConnection => Api.Services.GetRequiredService<DatabaseSettings>().ConnectionString;

    [TestCase("UPDATE qualification.audit_entries SET actor_id = 'someone else'")]
    [TestCase("DELETE FROM qualification.audit_entries")]
    [TestCase("TRUNCATE catalogue.audit_entries")]
    [TestCase("DELETE FROM platform.audit_entries")]
    [TestCase("UPDATE contract_management.audit_entries SET hash = '\\x00'")]
    public async Task The_apis_role_may_only_read_and_append_to_the_audit_trails(string tampering)
    {
        await (await AsManagerAsync()).CreateDpsAsync();

        await AssertRefusedAsync(tampering);
    }

    [TestCase("UPDATE platform.feed_events SET type = 'forged'")]
    [TestCase("DELETE FROM platform.feed_events")]
    public async Task The_apis_role_may_only_read_and_append_to_the_change_feed(string tampering)
    {
        await (await AsManagerAsync()).CreateDpsAsync();

        await AssertRefusedAsync(tampering);
    }

    [TestCase("ALTER TABLE qualification.audit_entries DISABLE TRIGGER audit_entries_append_only")]
    [TestCase("ALTER TABLE qualification.audit_entries DISABLE TRIGGER audit_entries_chain")]
    [TestCase("ALTER TABLE catalogue.audit_entries DISABLE TRIGGER ALL")]
    [TestCase("DROP TRIGGER audit_entries_append_only ON qualification.audit_entries")]
    [TestCase("CREATE OR REPLACE FUNCTION qualification.audit_entries_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$")]
    [TestCase("SET session_replication_role = replica")]
    public Task The_apis_role_may_not_switch_off_the_audit_trails_triggers(string bypass) => AssertRefusedAsync(bypass);

    [TestCase("DELETE FROM qualification.__migrations_history")]
    [TestCase("INSERT INTO platform.__migrations_history VALUES ('29990101000000_Forged', '10.0.0')")]
    public Task The_apis_role_may_not_rewrite_the_migrations_histories(string rewrite) => AssertRefusedAsync(rewrite);

    [Test]
    public async Task The_api_writes_and_audits_as_a_role_that_is_no_superuser()
    {
        var role = await Sql.ScalarAsync<string>(ApisOwnConnection, "SELECT current_user::text");
        var superuser = await Sql.ScalarAsync<bool>(ApisOwnConnection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user");

        var dps = await (await AsManagerAsync()).CreateDpsAsync();

        Assert.That((role, superuser), Is.EqualTo((TestDatabase.AppRole, false)));
        var trail = await (await AsManagerAsync()).GetAsync($"/api/v1/audit?entityId={dps.Id()}");
        Assert.That(trail.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await trail.JsonAsync())["total"]!.GetValue<int>(), Is.Positive);
    }

    private async Task AssertRefusedAsync(string sql)
    {
        var refusal = Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(ApisOwnConnection, sql));

        Assert.That(refusal!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege), refusal.MessageText);
    }
}
