using Dps.Api.Sandbox;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Api.Database.Migrations;

/// <summary>The platform schema: its audit trail (and the unused outbox and inbox every store has), and the sandbox clock's one row.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261124000000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = PlatformDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateMessagingTables(Schema);

        migrationBuilder.CreateTable(
            name: "sandbox_clock",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<int>(type: "integer", nullable: false),
                offset = t.Column<TimeSpan>(type: "interval", nullable: false),
                version = t.Column<long>(type: "bigint", nullable: false),
                moved_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                moved_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_sandbox_clock", x => x.id);
                t.CheckConstraint("ck_sandbox_clock_one_row", $"id = {SandboxClock.TheOnlyId}");
                t.CheckConstraint("ck_sandbox_clock_never_behind_real_time", "\"offset\" >= interval '0'");
            });

        migrationBuilder.InsertData(
            table: "sandbox_clock",
            schema: Schema,
            columns: ["id", "offset", "version"],
            columnTypes: ["integer", "interval", "bigint"],
            values: [SandboxClock.TheOnlyId, TimeSpan.Zero, 0L]);
    }
}
