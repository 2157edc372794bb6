using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Referral.Infrastructure.Persistence.Migrations;

/// <summary>Clarification questions with their answers, and direct placements.</summary>
[DbContext(typeof(ReferralDbContext))]
[Migration("20261202020000_ClarificationsAndDirectPlacements")]
internal sealed class ClarificationsAndDirectPlacements : Migration
{
    private const string Schema = ReferralDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "clarifications",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                referral_id = t.Column<Guid>(type: "uuid", nullable: false),
                asker_supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                asker_establishment_id = t.Column<Guid>(type: "uuid", nullable: true),
                asker_establishment_name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                question = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                asked_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                answer = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                visibility = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                answered_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_clarifications", x => x.id));
        migrationBuilder.CreateIndex("ix_clarifications_referral_id_asked_at", "clarifications", ["referral_id", "asked_at"], Schema);

        migrationBuilder.CreateTable(
            name: "direct_placements",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                membership_id = t.Column<Guid>(type: "uuid", nullable: false),
                reason = t.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                justification = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                service_user_reference = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                price_amount = t.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                price_currency = t.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                price_basis = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                start_date = t.Column<DateOnly>(type: "date", nullable: false),
                term_weeks = t.Column<int>(type: "integer", nullable: false),
                places = t.Column<int>(type: "integer", nullable: false),
                placed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_direct_placements", x => x.id));
        migrationBuilder.CreateIndex("ix_direct_placements_authority_id_placed_at", "direct_placements", ["authority_id", "placed_at"], Schema);
        migrationBuilder.CreateIndex("ix_direct_placements_supplier_id_placed_at", "direct_placements", ["supplier_id", "placed_at"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "direct_placements", schema: Schema);
        migrationBuilder.DropTable(name: "clarifications", schema: Schema);
    }
}
