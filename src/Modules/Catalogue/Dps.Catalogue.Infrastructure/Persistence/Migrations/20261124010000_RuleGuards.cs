using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

/// <summary>One active offer per supplier, category and programme, guarded by a unique index on the normalised programme.</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261124010000_RuleGuards")]
internal sealed class RuleGuards : Migration
{
    private const string Schema = CatalogueDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "programme_key", table: "offers", schema: Schema, type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "");
        // Programme names are stored tidied (trimmed, whitespace collapsed), so lower-casing normalises them.
        migrationBuilder.Sql($"UPDATE {Schema}.offers SET programme_key = lower(programme_name)");
        migrationBuilder.Sql($"ALTER TABLE {Schema}.offers ALTER COLUMN programme_key DROP DEFAULT");
        migrationBuilder.CreateIndex(
            "ix_offers_supplier_id_category_id_programme_key", "offers", ["supplier_id", "category_id", "programme_key"], Schema, unique: true,
            filter: "status = 'Active'");
    }
}
