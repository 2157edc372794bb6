using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Evaluation.Infrastructure.Persistence.Migrations;

/// <summary>Closed competitions with their opened bids, and the method-statement score entries.</summary>
[DbContext(typeof(EvaluationDbContext))]
[Migration("20261203000000_Competitions")]
internal sealed class Competitions : Migration
{
    private const string Schema = EvaluationDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "competitions",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_id = t.Column<Guid>(type: "uuid", nullable: false),
                terms = t.Column<string>(type: "jsonb", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                bid_count = t.Column<int>(type: "integer", nullable: false),
                parent_choice = t.Column<string>(type: "jsonb", nullable: true),
                award = t.Column<string>(type: "jsonb", nullable: true),
                cancelled_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                cancellation_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                updated_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_competitions", x => x.id));
        migrationBuilder.CreateIndex("ix_competitions_authority_id", "competitions", "authority_id", Schema);

        migrationBuilder.CreateTable(
            name: "tendered_bids",
            schema: Schema,
            columns: t => new
            {
                bid_id = t.Column<Guid>(type: "uuid", nullable: false),
                competition_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                price_amount = t.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                currency = t.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                discount_percent = t.Column<decimal>(type: "numeric", nullable: false),
                core_costs = t.Column<string>(type: "jsonb", nullable: false),
                variable_costs = t.Column<string>(type: "jsonb", nullable: false),
                needs_met = t.Column<string>(type: "jsonb", nullable: false),
                features_met = t.Column<string>(type: "jsonb", nullable: false),
                method_statement = t.Column<string>(type: "text", nullable: false),
                proposed_start_date = t.Column<DateOnly>(type: "date", nullable: false),
                distance_miles = t.Column<decimal>(type: "numeric", nullable: false),
                core_competency_score = t.Column<decimal>(type: "numeric", nullable: true),
                submitted_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                receipt_digest = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_tendered_bids", x => x.bid_id);
                t.ForeignKey("fk_tendered_bids_competition_id", x => x.competition_id, principalSchema: Schema, principalTable: "competitions", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_tendered_bids_competition_id", "tendered_bids", "competition_id", Schema);

        migrationBuilder.CreateTable(
            name: "method_statement_scores",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                competition_id = t.Column<Guid>(type: "uuid", nullable: false),
                bid_id = t.Column<Guid>(type: "uuid", nullable: false),
                kind = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                evaluator_id = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                score = t.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                recorded_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_method_statement_scores", x => x.id);
                t.ForeignKey("fk_method_statement_scores_competition_id", x => x.competition_id, principalSchema: Schema, principalTable: "competitions", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("fk_method_statement_scores_bid_id", x => x.bid_id, principalSchema: Schema, principalTable: "tendered_bids", principalColumn: "bid_id", onDelete: ReferentialAction.Restrict);
                t.CheckConstraint("ck_method_statement_scores_score", "score BETWEEN 0 AND 100");
            });
        migrationBuilder.CreateIndex(
            "ix_method_statement_scores_competition_id_bid_id_recorded_at", "method_statement_scores", ["competition_id", "bid_id", "recorded_at"], Schema);
        migrationBuilder.CreateIndex("ix_method_statement_scores_bid_id", "method_statement_scores", "bid_id", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "method_statement_scores", schema: Schema);
        migrationBuilder.DropTable(name: "tendered_bids", schema: Schema);
        migrationBuilder.DropTable(name: "competitions", schema: Schema);
    }
}
