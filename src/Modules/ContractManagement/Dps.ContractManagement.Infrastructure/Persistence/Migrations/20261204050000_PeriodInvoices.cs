using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Invoiced periods of contracts priced per week, month or annum: one standing invoice per contract and period.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204050000_PeriodInvoices")]
internal sealed class PeriodInvoices : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "period_invoices",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                contract_id = t.Column<Guid>(type: "uuid", nullable: false),
                number = t.Column<int>(type: "integer", nullable: false),
                from = t.Column<DateOnly>(type: "date", nullable: false),
                to = t.Column<DateOnly>(type: "date", nullable: false),
                amount = t.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                currency = t.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                invoiced_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                invoiced_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                decided_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                decided_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                rejection_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_period_invoices", x => x.id);
                t.ForeignKey("fk_period_invoices_contract_id", x => x.contract_id, principalSchema: Schema, principalTable: "contracts", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            "ix_period_invoices_contract_id_number", "period_invoices", ["contract_id", "number"], Schema, unique: true, filter: "status <> 'Rejected'");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "period_invoices", schema: Schema);
}
