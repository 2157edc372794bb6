using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Evaluation.Infrastructure.Persistence.Migrations;

/// <summary>Business cases matched against offers (DWP), and the offers as they stood when matched.</summary>
[DbContext(typeof(EvaluationDbContext))]
[Migration("20261203010000_BusinessCaseMatches")]
internal sealed class BusinessCaseMatches : Migration
{
    private const string Schema = EvaluationDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "business_case_matches",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_id = t.Column<Guid>(type: "uuid", nullable: false),
                terms = t.Column<string>(type: "jsonb", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                invitations = t.Column<string>(type: "jsonb", nullable: false),
                respond_by = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                award = t.Column<string>(type: "jsonb", nullable: true),
                cancelled_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                updated_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_business_case_matches", x => x.id));
        migrationBuilder.CreateIndex("ix_business_case_matches_respond_by", "business_case_matches", "respond_by", Schema);
        migrationBuilder.CreateIndex("ix_business_case_matches_authority_id", "business_case_matches", "authority_id", Schema);

        migrationBuilder.CreateTable(
            name: "matched_offers",
            schema: Schema,
            columns: t => new
            {
                match_id = t.Column<Guid>(type: "uuid", nullable: false),
                offer_id = t.Column<Guid>(type: "uuid", nullable: false),
                offer_version = t.Column<int>(type: "integer", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                programme_name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                client_groups = t.Column<string>(type: "jsonb", nullable: false),
                price_per_participant = t.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                currency = t.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                nearest_location = t.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                nearest_miles = t.Column<decimal>(type: "numeric", nullable: false),
                core_competency_score = t.Column<decimal>(type: "numeric", nullable: false),
                submitted_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                fit_score = t.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_matched_offers", x => new { x.match_id, x.offer_id });
                t.ForeignKey("fk_matched_offers_match_id", x => x.match_id, principalSchema: Schema, principalTable: "business_case_matches", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_matched_offers_supplier_id", "matched_offers", "supplier_id", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "matched_offers", schema: Schema);
        migrationBuilder.DropTable(name: "business_case_matches", schema: Schema);
    }
}
