using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Contracts, one per award.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204000000_Contracts")]
internal sealed class Contracts : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "contracts",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                kind = t.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                award_id = t.Column<Guid>(type: "uuid", nullable: false),
                route = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                referral_id = t.Column<Guid>(type: "uuid", nullable: true),
                awarded_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                grounds = t.Column<string>(type: "jsonb", nullable: true),
                bids = t.Column<int>(type: "integer", nullable: true),
                competition_opened_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                terms = t.Column<string>(type: "jsonb", nullable: false),
                prices = t.Column<string>(type: "jsonb", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                completed_on = t.Column<DateOnly>(type: "date", nullable: true),
                terminated_on = t.Column<DateOnly>(type: "date", nullable: true),
                termination_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                criterion_failures = t.Column<string>(type: "jsonb", nullable: false),
                created_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                updated_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_contracts", x => x.id));
        migrationBuilder.CreateIndex("ix_contracts_award_id", "contracts", "award_id", Schema, unique: true);
        migrationBuilder.CreateIndex("ix_contracts_authority_id_awarded_at", "contracts", ["authority_id", "awarded_at"], Schema);
        migrationBuilder.CreateIndex("ix_contracts_supplier_id_awarded_at", "contracts", ["supplier_id", "awarded_at"], Schema);
        migrationBuilder.CreateIndex("ix_contracts_awarded_at", "contracts", "awarded_at", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "contracts", schema: Schema);
}
