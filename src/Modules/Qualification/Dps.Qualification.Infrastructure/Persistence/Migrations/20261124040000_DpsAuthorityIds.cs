using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

/// <summary>
/// The ids of the authorities taking part in each DPS, as a column a buyer's DPSs are found by; and, for each DPS set up
/// before the Catalogue learnt participants from events, the event that tells it, so its buyers keep their access.
/// </summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261124040000_DpsAuthorityIds")]
internal sealed class DpsAuthorityIds : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;

    /// <summary>The outbox's name of the event, as the module writes it (full type name, assembly).</summary>
    private const string ParticipantsChanged =
        "Dps.Qualification.IntegrationEvents.DpsParticipantsChangedIntegrationEvent, Dps.Qualification.IntegrationEvents";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid[]>(
            name: "authority_ids", table: "purchasing_systems", schema: Schema, type: "uuid[]", nullable: false, defaultValueSql: "'{}'");
        migrationBuilder.Sql($"""
            UPDATE {Schema}.purchasing_systems SET authority_ids = ARRAY(
                SELECT DISTINCT (a ->> 'id')::uuid FROM jsonb_array_elements(participating_authorities) a ORDER BY 1);
            ALTER TABLE {Schema}.purchasing_systems ALTER COLUMN authority_ids DROP DEFAULT;
            """);
        // One event per DPS, each with its own id (the consumers' inbox key), delivered by the outbox as any other.
        migrationBuilder.Sql($"""
            WITH announced AS (SELECT gen_random_uuid() AS event_id, now() AS occurred_at, id, authority_ids FROM {Schema}.purchasing_systems)
            INSERT INTO {Schema}.outbox_messages (id, occurred_at, type, payload, attempts)
            SELECT event_id, occurred_at, '{ParticipantsChanged}',
                   jsonb_build_object('id', event_id, 'occurredAt', occurred_at, 'dpsId', id, 'authorityIds', to_jsonb(authority_ids)), 0
            FROM announced;
            """);
    }
}
