using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

/// <summary>When each listing's admission, status and score happened in Qualification, so late deliveries change nothing.</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123000000_ListingEventOrder")]
internal sealed class ListingEventOrder : Migration
{
    private const string Schema = CatalogueDbContext.SchemaName;
    private const string Table = "listed_establishments";
    private static readonly string[] Columns = ["admitted_at", "status_as_of", "score_as_of"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var column in Columns)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: column, table: Table, schema: Schema, type: "timestamp with time zone", nullable: false, defaultValueSql: "now()");
        }

        // Listings made before this migration took their events in order of delivery; their times are the best known.
        migrationBuilder.Sql($"UPDATE {Schema}.{Table} SET admitted_at = listed_at, status_as_of = updated_at, score_as_of = updated_at");
        foreach (var column in Columns)
        {
            migrationBuilder.Sql($"ALTER TABLE {Schema}.{Table} ALTER COLUMN {column} DROP DEFAULT");
        }
    }
}
