using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Performance reviews, one per establishment, category and review period.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204020000_PerformanceReviews")]
internal sealed class PerformanceReviews : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "performance_reviews",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                period_start = t.Column<DateOnly>(type: "date", nullable: false),
                period_end = t.Column<DateOnly>(type: "date", nullable: false),
                adjustment = t.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                reasons = t.Column<string>(type: "jsonb", nullable: false),
                reviewed_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reviewed_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_performance_reviews", x => x.id));
        migrationBuilder.CreateIndex(
            "ix_performance_reviews_establishment_id_category_id_period_start", "performance_reviews", ["establishment_id", "category_id", "period_start"], Schema, unique: true);
        migrationBuilder.CreateIndex("ix_performance_reviews_supplier_id_reviewed_at", "performance_reviews", ["supplier_id", "reviewed_at"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "performance_reviews", schema: Schema);
}
