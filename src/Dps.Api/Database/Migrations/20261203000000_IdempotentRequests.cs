using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Api.Database.Migrations;

/// <summary>Requests sent with an Idempotency-Key, per caller and key, with the response to replay.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261203000000_IdempotentRequests")]
internal sealed class IdempotentRequests : Migration
{
    private const string Schema = PlatformDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "idempotent_requests",
            schema: Schema,
            columns: t => new
            {
                caller = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                key = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                request_hash = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                created_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                expires_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                status = t.Column<int>(type: "integer", nullable: true),
                response_headers = t.Column<string>(type: "jsonb", nullable: true),
                response_body = t.Column<byte[]>(type: "bytea", nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_idempotent_requests", x => new { x.caller, x.key }));
        migrationBuilder.CreateIndex("ix_idempotent_requests_expires_at", "idempotent_requests", "expires_at", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "idempotent_requests", schema: Schema);
}
