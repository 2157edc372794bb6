using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Dps.Api.Database.Migrations;

/// <summary>The change feed: every module's business events, in the order of the transactions that wrote them.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261203100000_FeedEvents")]
internal sealed class FeedEvents : Migration
{
    private const string Schema = PlatformDbContext.SchemaName;
    private const string Table = "feed_events";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            schema: Schema,
            columns: t => new
            {
                position = t.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                transaction_id = t.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint"),
                id = t.Column<Guid>(type: "uuid", nullable: false),
                occurred_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                type = t.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                resource_kind = t.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                resource_id = t.Column<Guid>(type: "uuid", nullable: false),
                resource_path = t.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                resource_changed = t.Column<bool>(type: "boolean", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: true),
                authority_id = t.Column<Guid>(type: "uuid", nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_feed_events", x => x.position));
        migrationBuilder.CreateIndex("ix_feed_events_id", Table, "id", Schema, unique: true);
        migrationBuilder.CreateIndex("ix_feed_events_transaction_id_position", Table, ["transaction_id", "position"], Schema);
        migrationBuilder.CreateIndex(
            "ix_feed_events_supplier_id_transaction_id_position", Table, ["supplier_id", "transaction_id", "position"], Schema,
            filter: "supplier_id IS NOT NULL");
        migrationBuilder.CreateIndex(
            "ix_feed_events_authority_id_transaction_id_position", Table, ["authority_id", "transaction_id", "position"], Schema,
            filter: "authority_id IS NOT NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: Table, schema: Schema);
}
