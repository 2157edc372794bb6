using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Api.Database.Migrations;

/// <summary>Webhook subscriptions, where each one's delivery stands, and the log of every attempt.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261203110000_Webhooks")]
internal sealed class Webhooks : Migration
{
    private const string Schema = PlatformDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "webhook_subscriptions",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                url = t.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                event_types = t.Column<string[]>(type: "text[]", nullable: false),
                secret_salt = t.Column<byte[]>(type: "bytea", nullable: false),
                owner_role = t.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: true),
                authority_id = t.Column<Guid>(type: "uuid", nullable: true),
                created_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                created_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                cursor_transaction_id = t.Column<long>(type: "bigint", nullable: false),
                cursor_position = t.Column<long>(type: "bigint", nullable: false),
                attempts = t.Column<int>(type: "integer", nullable: false),
                failing_since = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                next_attempt_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                leased_until = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                lease_token = t.Column<Guid>(type: "uuid", nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_webhook_subscriptions", x => x.id));
        migrationBuilder.CreateIndex("ix_webhook_subscriptions_next_attempt_at", "webhook_subscriptions", "next_attempt_at", Schema);
        migrationBuilder.CreateIndex("ix_webhook_subscriptions_supplier_id", "webhook_subscriptions", "supplier_id", Schema);
        migrationBuilder.CreateIndex("ix_webhook_subscriptions_authority_id", "webhook_subscriptions", "authority_id", Schema);

        migrationBuilder.CreateTable(
            name: "webhook_deliveries",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                subscription_id = t.Column<Guid>(type: "uuid", nullable: false),
                event_id = t.Column<Guid>(type: "uuid", nullable: false),
                event_type = t.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                attempt = t.Column<int>(type: "integer", nullable: false),
                attempted_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                outcome = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                status_code = t.Column<int>(type: "integer", nullable: true),
                error = t.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                duration_ms = t.Column<int>(type: "integer", nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_webhook_deliveries", x => x.id);
                t.ForeignKey("fk_webhook_deliveries_subscription_id", x => x.subscription_id, principalSchema: Schema,
                    principalTable: "webhook_subscriptions", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_webhook_deliveries_subscription_id_attempted_at", "webhook_deliveries", ["subscription_id", "attempted_at"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "webhook_deliveries", schema: Schema);
        migrationBuilder.DropTable(name: "webhook_subscriptions", schema: Schema);
    }
}
