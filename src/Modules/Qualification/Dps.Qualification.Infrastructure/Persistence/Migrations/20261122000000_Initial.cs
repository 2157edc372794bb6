using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QualificationDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateMessagingTables(Schema);

        migrationBuilder.CreateTable(
            name: "purchasing_systems",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                reference = t.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                title = t.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                lead_authority = t.Column<string>(type: "jsonb", nullable: false),
                participating_authorities = t.Column<string>(type: "jsonb", nullable: false),
                valid_from = t.Column<DateOnly>(type: "date", nullable: false),
                valid_until = t.Column<DateOnly>(type: "date", nullable: false),
                created_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_purchasing_systems", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_purchasing_systems_reference", table: "purchasing_systems", column: "reference", schema: Schema, unique: true);

        migrationBuilder.CreateTable(
            name: "categories",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                description = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_categories", x => x.id);
                t.ForeignKey(
                    name: "fk_categories_dps_id",
                    column: x => x.dps_id,
                    principalSchema: Schema,
                    principalTable: "purchasing_systems",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_categories_dps_id_name", table: "categories", columns: ["dps_id", "name"], schema: Schema, unique: true);
    }
}
