using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

/// <summary>Applications per establishment, and the memberships admission creates.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261122030000_ApplicationsAndMemberships")]
internal sealed class ApplicationsAndMemberships : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "applications",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                categories = t.Column<string>(type: "jsonb", nullable: false),
                submitted_on = t.Column<DateOnly>(type: "date", nullable: true),
                decision_due_on = t.Column<DateOnly>(type: "date", nullable: true),
                deadline_extension_justification = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                created_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                decided_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_applications", x => x.id);
                t.ForeignKey("fk_applications_dps_id", x => x.dps_id, principalSchema: Schema, principalTable: "purchasing_systems", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("fk_applications_establishment_id", x => x.establishment_id, principalSchema: Schema, principalTable: "establishments", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_applications_dps_id", "applications", "dps_id", Schema);
        migrationBuilder.CreateIndex("ix_applications_establishment_id", "applications", "establishment_id", Schema);
        migrationBuilder.CreateIndex("ix_applications_supplier_id", "applications", "supplier_id", Schema);
        migrationBuilder.CreateIndex("ix_applications_status_decision_due_on", "applications", ["status", "decision_due_on"], Schema);

        migrationBuilder.CreateTable(
            name: "memberships",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                application_id = t.Column<Guid>(type: "uuid", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                core_competency_score = t.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                answers = t.Column<string>(type: "jsonb", nullable: false),
                core_costs = t.Column<string>(type: "jsonb", nullable: false),
                discounts = t.Column<string>(type: "jsonb", nullable: false),
                admitted_on = t.Column<DateOnly>(type: "date", nullable: false),
                audit_due_on = t.Column<DateOnly>(type: "date", nullable: false),
                suspension = t.Column<string>(type: "jsonb", nullable: true),
                resubmission = t.Column<string>(type: "jsonb", nullable: true),
                audits = t.Column<string>(type: "jsonb", nullable: false),
                score_adjustments = t.Column<string>(type: "jsonb", nullable: false),
                removal_reason = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_memberships", x => x.id);
                t.ForeignKey("fk_memberships_application_id", x => x.application_id, principalSchema: Schema, principalTable: "applications", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("fk_memberships_category_id", x => x.category_id, principalSchema: Schema, principalTable: "categories", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("fk_memberships_establishment_id", x => x.establishment_id, principalSchema: Schema, principalTable: "establishments", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_memberships_application_id", "memberships", "application_id", Schema);
        migrationBuilder.CreateIndex("ix_memberships_category_id", "memberships", "category_id", Schema);
        migrationBuilder.CreateIndex("ix_memberships_establishment_id", "memberships", "establishment_id", Schema);
        migrationBuilder.CreateIndex("ix_memberships_supplier_id", "memberships", "supplier_id", Schema);
        migrationBuilder.CreateIndex("ix_memberships_status_audit_due_on", "memberships", ["status", "audit_due_on"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "memberships", schema: Schema);
        migrationBuilder.DropTable(name: "applications", schema: Schema);
    }
}
