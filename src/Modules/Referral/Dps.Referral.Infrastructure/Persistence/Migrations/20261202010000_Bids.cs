using Dps.Referral.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Referral.Infrastructure.Persistence.Migrations;

/// <summary>Sealed bids: the content encrypted in one column, one live bid per establishment and referral.</summary>
[DbContext(typeof(ReferralDbContext))]
[Migration("20261202010000_Bids")]
internal sealed class Bids : Migration
{
    private const string Schema = ReferralDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "bids",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                referral_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                sealed_content = t.Column<byte[]>(type: "bytea", nullable: false),
                receipt_digest = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                sealed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                submitted_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                revised_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                withdrawn_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                withdrawal_reason = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_bids", x => x.id));
        migrationBuilder.CreateIndex(
            "ix_bids_referral_id_establishment_id", "bids", ["referral_id", "establishment_id"], Schema, unique: true, filter: BidConfiguration.LiveFilter);
        migrationBuilder.CreateIndex("ix_bids_supplier_id_referral_id", "bids", ["supplier_id", "referral_id"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "bids", schema: Schema);
}
