using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The outbox, inbox and append-only audit tables of a module's schema. Every module's migrations call each step
/// here once, in order: its first migration <see cref="CreateMessagingTables"/>, then a migration of its own for each later step.
/// </summary>
public static class MessagingMigration
{
    /// <summary>The messages the delivery looks through: neither delivered nor parked.</summary>
    public const string UndeliveredFilter = "processed_at IS NULL AND parked_at IS NULL";

    public const string ParkedFilter = "parked_at IS NOT NULL";

    private const string Timestamp = "timestamp with time zone";
    private const string Outbox = "outbox_messages";

    /// <summary>The attempts after which, before back-off, delivery stopped trying (the old default of Outbox:MaxAttempts).</summary>
    private const int FormerMaxAttempts = 10;

    public static void CreateMessagingTables(this MigrationBuilder migration, string schema)
    {
        migration.EnsureSchema(schema);

        migration.CreateTable(
            name: "outbox_messages",
            schema: schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                occurred_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                type = t.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                payload = t.Column<string>(type: "jsonb", nullable: false),
                processed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                attempts = t.Column<int>(type: "integer", nullable: false),
                last_error = t.Column<string>(type: "text", nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_outbox_messages", x => x.id));
        migration.CreateIndex(
            name: "ix_outbox_messages_occurred_at", table: "outbox_messages", column: "occurred_at", schema: schema, filter: "processed_at IS NULL");

        migration.CreateTable(
            name: "inbox_messages",
            schema: schema,
            columns: t => new
            {
                event_id = t.Column<Guid>(type: "uuid", nullable: false),
                consumer = t.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                type = t.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                processed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer }));

        migration.CreateTable(
            name: "audit_entries",
            schema: schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                occurred_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                actor_id = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                actor_roles = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                action = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                entity_type = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                entity_id = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                change = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                before = t.Column<string>(type: "jsonb", nullable: true),
                after = t.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_audit_entries", x => x.id));
        migration.CreateIndex(name: "ix_audit_entries_entity_id", table: "audit_entries", column: "entity_id", schema: schema);
        migration.CreateIndex(name: "ix_audit_entries_occurred_at", table: "audit_entries", column: "occurred_at", schema: schema);

        migration.Sql($"""
            CREATE FUNCTION {schema}.audit_entries_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit trail is append-only: % on %.audit_entries refused', TG_OP, TG_TABLE_SCHEMA;
            END $$;
            CREATE TRIGGER audit_entries_append_only
                BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION {schema}.audit_entries_are_append_only();
            """);
    }

    /// <summary>
    /// Failed messages wait for their next attempt (exponential back-off) and are parked once delivery gives up.
    /// Messages the old fixed retries had already given up on become parked, so operators see them.
    /// </summary>
    public static void ScheduleOutboxRetries(this MigrationBuilder migration, string schema)
    {
        foreach (var column in new[] { "first_failed_at", "next_attempt_at", "parked_at" })
        {
            migration.AddColumn<DateTimeOffset>(name: column, table: Outbox, schema: schema, type: Timestamp, nullable: true);
        }

        migration.DropIndex(name: "ix_outbox_messages_occurred_at", table: Outbox, schema: schema);
        migration.CreateIndex(name: "ix_outbox_messages_occurred_at", table: Outbox, column: "occurred_at", schema: schema, filter: UndeliveredFilter);
        migration.CreateIndex(name: "ix_outbox_messages_parked_at", table: Outbox, column: "parked_at", schema: schema, filter: ParkedFilter);

        // When they first failed is not known; from now, they get the whole give-up time again.
        migration.Sql($"UPDATE {schema}.{Outbox} SET first_failed_at = now() WHERE processed_at IS NULL AND attempts > 0");
        migration.Sql($"UPDATE {schema}.{Outbox} SET parked_at = now() WHERE processed_at IS NULL AND attempts >= {FormerMaxAttempts}");
    }
}
