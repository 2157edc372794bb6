using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The hash chain of a module's audit table. A trigger chains each inserted entry onto the newest one: its
/// <c>chain_position</c>, the <c>previous_hash</c> it follows and its own <c>hash</c>, SHA-256 of its canonical form
/// (<see cref="Audit.AuditChain"/> computes the same in .NET, and the verifier compares the two). Whoever inserts cannot
/// choose these columns, and only the table's owner can switch the trigger off.
/// </summary>
public static class AuditChainSchema
{
    /// <summary>The first key of the advisory lock that serialises a schema's chain (the second is the table's oid): "AUDT".</summary>
    public const int LockClass = 0x41554454;

    private static readonly string[] ChainColumns = [nameof(AuditEntry.ChainPosition), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash)];

    internal static void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(a => a.ChainPosition).IsUnique();
        foreach (var column in ChainColumns)
        {
            // The trigger sets them; an insert never sends them.
            entry.Property(column).Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            entry.Property(column).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }
    }

    /// <summary>Adds the chain to the schema's audit table, chaining the entries already there in the order they were written.</summary>
    public static void ChainAuditEntries(this MigrationBuilder migration, string schema)
    {
        migration.AddColumn<long>(name: "chain_position", table: "audit_entries", schema: schema, type: "bigint", nullable: true);
        migration.AddColumn<byte[]>(name: "previous_hash", table: "audit_entries", schema: schema, type: "bytea", nullable: true);
        migration.AddColumn<byte[]>(name: "hash", table: "audit_entries", schema: schema, type: "bytea", nullable: true);
        migration.Sql(HashFunctions(schema));
        migration.Sql(ChainExistingEntries(schema));
        migration.Sql($"ALTER TABLE {schema}.audit_entries ALTER COLUMN chain_position SET NOT NULL, ALTER COLUMN hash SET NOT NULL");
        migration.CreateIndex(name: "ix_audit_entries_chain_position", table: "audit_entries", column: "chain_position", schema: schema, unique: true);
        migration.Sql(ChainTrigger(schema));
    }

    // Fields are "name:<UTF-8 byte length>:value\n", or "name:-\n" for none, so no value can pass for another.
    // Functions fix their search_path, so whoever inserts cannot slip in a sha256 or || of their own.
    private static string HashFunctions(string schema) => $$"""
        CREATE FUNCTION {{schema}}.audit_entry_field(field_name text, field_value text) RETURNS text
            LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
            SELECT field_name || ':' || coalesce(octet_length(convert_to(field_value, 'UTF8')) || ':' || field_value, '-') || E'\n'
        $$;

        CREATE FUNCTION {{schema}}.audit_entry_hash(e {{schema}}.audit_entries) RETURNS bytea
            LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
            SELECT sha256(convert_to(
                'dps-audit-entry/1' || E'\n'
                || {{schema}}.audit_entry_field('chain_position', e.chain_position::text)
                || {{schema}}.audit_entry_field('id', e.id::text)
                || {{schema}}.audit_entry_field('occurred_at', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                || {{schema}}.audit_entry_field('actor_id', e.actor_id)
                || {{schema}}.audit_entry_field('actor_roles', e.actor_roles)
                || {{schema}}.audit_entry_field('action', e.action)
                || {{schema}}.audit_entry_field('entity_type', e.entity_type)
                || {{schema}}.audit_entry_field('entity_id', e.entity_id)
                || {{schema}}.audit_entry_field('change', e.change)
                || {{schema}}.audit_entry_field('before', e.before::text)
                || {{schema}}.audit_entry_field('after', e.after::text)
                || {{schema}}.audit_entry_field('previous_hash', encode(e.previous_hash, 'hex')),
                'UTF8'))
        $$;
        """;

    private static string ChainExistingEntries(string schema) => $$"""
        ALTER TABLE {{schema}}.audit_entries DISABLE TRIGGER audit_entries_append_only;
        DO $$
        DECLARE
            entry {{schema}}.audit_entries;
            place bigint := 0;
            previous bytea;
        BEGIN
            FOR entry IN SELECT * FROM {{schema}}.audit_entries ORDER BY occurred_at, id LOOP
                place := place + 1;
                entry.chain_position := place;
                entry.previous_hash := previous;
                previous := {{schema}}.audit_entry_hash(entry);
                UPDATE {{schema}}.audit_entries SET chain_position = place, previous_hash = entry.previous_hash, hash = previous
                WHERE id = entry.id;
            END LOOP;
        END $$;
        ALTER TABLE {{schema}}.audit_entries ENABLE TRIGGER audit_entries_append_only;
        """;

    // The advisory lock is held until the inserting transaction ends, so the next writer reads this entry as the newest:
    // two commits never chain onto the same predecessor (and the unique chain_position refuses it if they ever did).
    private static string ChainTrigger(string schema) => $$"""
        CREATE FUNCTION {{schema}}.audit_entries_chain() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog AS $$
        DECLARE
            last_position bigint;
            last_hash bytea;
        BEGIN
            PERFORM pg_advisory_xact_lock({{LockClass}}, TG_RELID::integer);
            SELECT chain_position, hash INTO last_position, last_hash
            FROM {{schema}}.audit_entries ORDER BY chain_position DESC LIMIT 1;
            NEW.chain_position := coalesce(last_position, 0) + 1;
            NEW.previous_hash := last_hash;
            NEW.hash := {{schema}}.audit_entry_hash(NEW);
            RETURN NEW;
        END $$;

        CREATE TRIGGER audit_entries_chain
            BEFORE INSERT ON {{schema}}.audit_entries
            FOR EACH ROW EXECUTE FUNCTION {{schema}}.audit_entries_chain();
        """;
}
