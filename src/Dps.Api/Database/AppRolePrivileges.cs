using Npgsql;

namespace Dps.Api.Database;

/// <summary>
/// Gives the API's role exactly what it needs in the platform's and the modules' schemas, again after every migration
/// (so new tables are covered): reading and writing their tables, but of the audit tables and the change feed only reading and appending,
/// and of the migrations histories only reading. It refuses a role that could undo that: a superuser (which may set
/// <c>session_replication_role</c> and so silence every trigger) or one that owns, or may act as the owner of, anything
/// in the schemas (which may alter the tables, disabling their triggers).
/// </summary>
internal static class AppRolePrivileges
{
    private const string Owned = """
        SELECT format('table %I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY(@schemas) AND pg_has_role(@role, c.relowner, 'MEMBER')
        UNION ALL
        SELECT format('function %I.%I', n.nspname, p.proname) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = ANY(@schemas) AND pg_has_role(@role, p.proowner, 'MEMBER')
        UNION ALL
        SELECT format('schema %I', nspname) FROM pg_namespace WHERE nspname = ANY(@schemas) AND pg_has_role(@role, nspowner, 'MEMBER')
        """;

    public static async Task GrantAsync(NpgsqlConnection owner, string role, IReadOnlyList<string> schemas, CancellationToken cancellationToken)
    {
        await RefuseAnUnsafeRoleAsync(owner, role, schemas, cancellationToken);
        await using var transaction = await owner.BeginTransactionAsync(cancellationToken);
        foreach (var schema in schemas)
        {
            await using var grant = new NpgsqlCommand(GrantsIn(Quoted(schema), Quoted(role)) + AppendOnlyFeedIn(schema, Quoted(role)), owner, transaction);
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // Revoked first, so each run leaves exactly these grants, whatever was granted before.
    private static string GrantsIn(string schema, string role) => $"""
        REVOKE ALL ON SCHEMA {schema} FROM {role};
        GRANT USAGE ON SCHEMA {schema} TO {role};
        REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role};
        REVOKE UPDATE, DELETE ON {schema}.audit_entries FROM {role};
        REVOKE INSERT, UPDATE, DELETE ON {schema}.__migrations_history FROM {role};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role};
        """;

    // The change feed, like the audit trail, is only ever appended to.
    private static string AppendOnlyFeedIn(string schema, string role) =>
        schema == PlatformDbContext.SchemaName ? $"REVOKE UPDATE, DELETE ON {Quoted(schema)}.feed_events FROM {role};" : "";

    private static async Task RefuseAnUnsafeRoleAsync(NpgsqlConnection owner, string role, IReadOnlyList<string> schemas, CancellationToken cancellationToken)
    {
        await using var superuser = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = @role", owner);
        superuser.Parameters.AddWithValue("role", role);
        switch (await superuser.ExecuteScalarAsync(cancellationToken))
        {
            case null:
                throw new InvalidOperationException(
                    $"The API's role {role} (Database:AppRole, or the user of ConnectionStrings:Dps) does not exist: create it with LOGIN and without SUPERUSER (build/run.sh shows how).");
            case true:
                throw new InvalidOperationException(
                    $"The API's role {role} is a superuser, so it could switch the audit trail's triggers off: give the API a role without SUPERUSER.");
        }

        await using var owned = new NpgsqlCommand(Owned, owner);
        owned.Parameters.AddWithValue("role", role);
        owned.Parameters.AddWithValue("schemas", schemas.ToArray());
        var objects = new List<string>();
        await using (var reader = await owned.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                objects.Add(reader.GetString(0));
            }
        }

        if (objects.Count > 0)
        {
            throw new InvalidOperationException(
                $"The API's role {role} owns, or may act as the owner of, {string.Join(", ", objects.Take(5))}{(objects.Count > 5 ? ", …" : "")}, "
                + "so it could alter them and disable the audit trail's triggers: make the migrating role (ConnectionStrings:DpsMigrations) their owner.");
        }
    }

    private static string Quoted(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
