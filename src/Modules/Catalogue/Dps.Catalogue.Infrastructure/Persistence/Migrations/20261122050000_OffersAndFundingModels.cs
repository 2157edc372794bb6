using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

/// <summary>DWP-style offers (the current version in columns, every version in a jsonb history) and funding models.</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261122050000_OffersAndFundingModels")]
internal sealed class OffersAndFundingModels : Migration
{
    private const string Schema = CatalogueDbContext.SchemaName;
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "offers",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                programme_name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                content = t.Column<string>(type: "jsonb", nullable: false),
                fingerprint = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                version_number = t.Column<int>(type: "integer", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                submitted_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                revised_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                withdrawn_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                versions = t.Column<string>(type: "jsonb", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_offers", x => x.id));
        migrationBuilder.CreateIndex("ix_offers_supplier_id_category_id", "offers", ["supplier_id", "category_id"], Schema);
        migrationBuilder.CreateIndex("ix_offers_category_id_status", "offers", ["category_id", "status"], Schema);

        migrationBuilder.CreateTable(
            name: "funding_models",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: true),
                routeway = t.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                shares = t.Column<string>(type: "jsonb", nullable: false),
                job_outcome = t.Column<string>(type: "jsonb", nullable: false),
                created_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                updated_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_funding_models", x => x.id));
        migrationBuilder.CreateIndex(
                "ix_funding_models_dps_id_category_id_routeway",
                "funding_models",
                ["dps_id", "category_id", "routeway"],
                Schema,
                unique: true)
            .Annotation("Npgsql:NullsDistinct", false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "funding_models", schema: Schema);
        migrationBuilder.DropTable(name: "offers", schema: Schema);
    }
}
