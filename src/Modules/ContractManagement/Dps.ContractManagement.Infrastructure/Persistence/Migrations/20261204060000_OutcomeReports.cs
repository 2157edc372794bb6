using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Suppliers' outcome reports on completed contracts: one per contract and measure.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204060000_OutcomeReports")]
internal sealed class OutcomeReports : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "outcome_reports",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                contract_id = t.Column<Guid>(type: "uuid", nullable: false),
                measure = t.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                met = t.Column<bool>(type: "boolean", nullable: false),
                evidence = t.Column<string>(type: "jsonb", nullable: false),
                reported_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reported_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_outcome_reports", x => x.id);
                t.ForeignKey("fk_outcome_reports_contract_id", x => x.contract_id, principalSchema: Schema, principalTable: "contracts", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_outcome_reports_contract_id_measure", "outcome_reports", ["contract_id", "measure"], Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "outcome_reports", schema: Schema);
}
