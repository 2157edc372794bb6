using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Milestone claims of call-offs: one standing claim per contract and milestone.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204040000_MilestoneClaims")]
internal sealed class MilestoneClaims : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "milestone_claims",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                contract_id = t.Column<Guid>(type: "uuid", nullable: false),
                kind = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                amount = t.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                currency = t.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                evidence = t.Column<string>(type: "jsonb", nullable: false),
                in_work_from = t.Column<DateOnly>(type: "date", nullable: true),
                outcome_date = t.Column<DateOnly>(type: "date", nullable: true),
                claimed_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                claimed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                decided_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                decided_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                rejection_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_milestone_claims", x => x.id);
                t.ForeignKey("fk_milestone_claims_contract_id", x => x.contract_id, principalSchema: Schema, principalTable: "contracts", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            "ix_milestone_claims_contract_id_kind", "milestone_claims", ["contract_id", "kind"], Schema, unique: true, filter: "status <> 'Rejected'");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "milestone_claims", schema: Schema);
}
