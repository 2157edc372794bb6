using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

[DbContext(typeof(CatalogueDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = CatalogueDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateMessagingTables(Schema);

        migrationBuilder.CreateTable(
            name: "taxonomies",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                revision = t.Column<int>(type: "integer", nullable: false),
                needs = t.Column<string>(type: "jsonb", nullable: false),
                features = t.Column<string>(type: "jsonb", nullable: false),
                opened_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_taxonomies", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_taxonomies_category_id", table: "taxonomies", column: "category_id", schema: Schema, unique: true);
    }
}
