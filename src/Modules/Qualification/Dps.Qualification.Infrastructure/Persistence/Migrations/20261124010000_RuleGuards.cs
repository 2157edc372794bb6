using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

/// <summary>Unique indexes that guard the uniqueness rules against racing writers; category names compared ignoring case.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261124010000_RuleGuards")]
internal sealed class RuleGuards : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "name_key", table: "categories", schema: Schema, type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.Sql($"UPDATE {Schema}.categories SET name_key = lower(btrim(name))");
        migrationBuilder.Sql($"ALTER TABLE {Schema}.categories ALTER COLUMN name_key DROP DEFAULT");
        migrationBuilder.DropIndex("ix_categories_dps_id_name", "categories", Schema);
        migrationBuilder.CreateIndex("ix_categories_dps_id_name_key", "categories", ["dps_id", "name_key"], Schema, unique: true);

        migrationBuilder.DropIndex("ix_applications_establishment_id", "applications", Schema);
        migrationBuilder.CreateIndex(
            "ix_applications_establishment_id_dps_id", "applications", ["establishment_id", "dps_id"], Schema, unique: true,
            filter: "status NOT IN ('Admitted', 'Rejected')");

        migrationBuilder.DropIndex("ix_memberships_establishment_id", "memberships", Schema);
        migrationBuilder.CreateIndex(
            "ix_memberships_establishment_id_category_id", "memberships", ["establishment_id", "category_id"], Schema, unique: true,
            filter: "status <> 'Removed'");
    }
}
