using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

/// <summary>Block bookings and their draw-downs; a check keeps the places used within the places booked.</summary>
[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261204010000_BlockBookings")]
internal sealed class BlockBookings : Migration
{
    private const string Schema = ContractManagementDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "block_bookings",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                origin = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                award_id = t.Column<Guid>(type: "uuid", nullable: true),
                contract_id = t.Column<Guid>(type: "uuid", nullable: true),
                referral_id = t.Column<Guid>(type: "uuid", nullable: true),
                justification = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                places = t.Column<int>(type: "integer", nullable: false),
                start_date = t.Column<DateOnly>(type: "date", nullable: false),
                end_date = t.Column<DateOnly>(type: "date", nullable: false),
                price_per_place = t.Column<string>(type: "jsonb", nullable: false),
                price_basis = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                places_used = t.Column<int>(type: "integer", nullable: false),
                placements = t.Column<string>(type: "jsonb", nullable: false),
                recorded_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                created_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                updated_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_block_bookings", x => x.id);
                t.CheckConstraint("ck_block_bookings_places", "places >= 1");
                t.CheckConstraint("ck_block_bookings_places_used", "places_used >= 0 AND places_used <= places");
                t.CheckConstraint("ck_block_bookings_term", "end_date >= start_date");
            });
        migrationBuilder.CreateIndex("ix_block_bookings_award_id", "block_bookings", "award_id", Schema, unique: true);
        migrationBuilder.CreateIndex("ix_block_bookings_authority_id_start_date", "block_bookings", ["authority_id", "start_date"], Schema);
        migrationBuilder.CreateIndex("ix_block_bookings_supplier_id_start_date", "block_bookings", ["supplier_id", "start_date"], Schema);
        migrationBuilder.CreateIndex("ix_block_bookings_start_date", "block_bookings", "start_date", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "block_bookings", schema: Schema);
}
