using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Referral.Infrastructure.Persistence.Migrations;

/// <summary>Referrals (terms in jsonb), their invitations with each invitee's fit, every round's eligibility decisions, and the rounds.</summary>
[DbContext(typeof(ReferralDbContext))]
[Migration("20261202000000_ReferralsAndInvitations")]
internal sealed class ReferralsAndInvitations : Migration
{
    private const string Schema = ReferralDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "referrals",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                kind = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_id = t.Column<Guid>(type: "uuid", nullable: false),
                terms = t.Column<string>(type: "jsonb", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                response_deadline = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                round = t.Column<int>(type: "integer", nullable: false),
                invited_count = t.Column<int>(type: "integer", nullable: false),
                too_few_eligible = t.Column<bool>(type: "boolean", nullable: false),
                raised_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                published_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                closed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                cancelled_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                cancellation_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                updated_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_referrals", x => x.id));
        migrationBuilder.CreateIndex("ix_referrals_authority_id_raised_at", "referrals", ["authority_id", "raised_at"], Schema);
        migrationBuilder.CreateIndex("ix_referrals_status_response_deadline", "referrals", ["status", "response_deadline"], Schema);

        migrationBuilder.CreateTable(
            name: "invitations",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                referral_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                round = t.Column<int>(type: "integer", nullable: false),
                distance_miles = t.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                needs_met = t.Column<string[]>(type: "text[]", nullable: false),
                needs_not_met = t.Column<string[]>(type: "text[]", nullable: false),
                features_offered = t.Column<string[]>(type: "text[]", nullable: false),
                features_not_offered = t.Column<string[]>(type: "text[]", nullable: false),
                invited_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                declined_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                decline_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_invitations", x => x.id));
        migrationBuilder.CreateIndex(
            "ix_invitations_referral_id_establishment_id", "invitations", ["referral_id", "establishment_id"], Schema, unique: true);
        migrationBuilder.CreateIndex("ix_invitations_supplier_id_referral_id", "invitations", ["supplier_id", "referral_id"], Schema);

        migrationBuilder.CreateTable(
            name: "eligibility_decisions",
            schema: Schema,
            columns: t => new
            {
                referral_id = t.Column<Guid>(type: "uuid", nullable: false),
                round = t.Column<int>(type: "integer", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                decision = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                distance_miles = t.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                decided_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_eligibility_decisions", x => new { x.referral_id, x.round, x.establishment_id }));

        migrationBuilder.CreateTable(
            name: "invitation_rounds",
            schema: Schema,
            columns: t => new
            {
                referral_id = t.Column<Guid>(type: "uuid", nullable: false),
                round = t.Column<int>(type: "integer", nullable: false),
                geographic_limit_miles = t.Column<decimal>(type: "numeric", nullable: false),
                invited = t.Column<int>(type: "integer", nullable: false),
                already_invited = t.Column<int>(type: "integer", nullable: false),
                outside_limit = t.Column<int>(type: "integer", nullable: false),
                suspended = t.Column<int>(type: "integer", nullable: false),
                invitations = t.Column<string>(type: "jsonb", nullable: false),
                decisions_digest = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                decided_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_invitation_rounds", x => new { x.referral_id, x.round }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "invitation_rounds", schema: Schema);
        migrationBuilder.DropTable(name: "eligibility_decisions", schema: Schema);
        migrationBuilder.DropTable(name: "invitations", schema: Schema);
        migrationBuilder.DropTable(name: "referrals", schema: Schema);
    }
}
