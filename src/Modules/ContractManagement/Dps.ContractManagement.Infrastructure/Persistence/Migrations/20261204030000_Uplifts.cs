using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Annual uplifts, one per category and date.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204030000_Uplifts")]
internal sealed class Uplifts : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "uplifts",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                line_codes = t.Column<string>(type: "jsonb", nullable: false),
                percent = t.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                effective_from = t.Column<DateOnly>(type: "date", nullable: false),
                reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                contracts_uplifted = t.Column<int>(type: "integer", nullable: false),
                agreed_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                recorded_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_uplifts", x => x.id));
        migrationBuilder.CreateIndex("ix_uplifts_category_id_effective_from", "uplifts", ["category_id", "effective_from"], Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "uplifts", schema: Schema);
}
