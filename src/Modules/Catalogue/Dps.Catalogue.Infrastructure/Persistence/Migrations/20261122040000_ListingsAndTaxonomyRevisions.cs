using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

/// <summary>Earlier taxonomy revisions, and the listed establishments that buyers search by place, needs and features.</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261122040000_ListingsAndTaxonomyRevisions")]
internal sealed class ListingsAndTaxonomyRevisions : Migration
{
    private const string Schema = CatalogueDbContext.SchemaName;
    private const string Table = "listed_establishments";

    /// <summary>Npgsql's annotation for an index's access method (the model says the same with HasMethod).</summary>
    private const string IndexMethod = "Npgsql:IndexMethod";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "history", table: "taxonomies", schema: Schema, type: "jsonb", nullable: false, defaultValueSql: "'[]'::jsonb");

        migrationBuilder.CreateTable(
            name: Table,
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                establishment_id = t.Column<Guid>(type: "uuid", nullable: false),
                category_id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                membership_id = t.Column<Guid>(type: "uuid", nullable: false),
                name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                postcode = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                latitude = t.Column<double>(type: "double precision", nullable: false),
                longitude = t.Column<double>(type: "double precision", nullable: false),
                capacity = t.Column<int>(type: "integer", nullable: false),
                vacancies = t.Column<int>(type: "integer", nullable: false),
                score = t.Column<decimal>(type: "numeric", nullable: false),
                status = t.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                needs = t.Column<string[]>(type: "text[]", nullable: false),
                features = t.Column<string[]>(type: "text[]", nullable: false),
                listed_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_listed_establishments", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ix_listed_establishments_establishment_id_category_id",
            table: Table,
            columns: ["establishment_id", "category_id"],
            schema: Schema,
            unique: true);

        // The search's bounding box: equality on category and status, then a range on latitude, longitude checked in the index.
        migrationBuilder.CreateIndex(
            name: "ix_listed_establishments_category_id_status_latitude_longitude",
            table: Table,
            columns: ["category_id", "status", "latitude", "longitude"],
            schema: Schema);

        migrationBuilder.CreateIndex(name: "ix_listed_establishments_supplier_id", table: Table, column: "supplier_id", schema: Schema);

        // needs @> (all of) and features && (any of) can use GIN indexes on the arrays.
        migrationBuilder.CreateIndex(name: "ix_listed_establishments_needs", table: Table, column: "needs", schema: Schema)
            .Annotation(IndexMethod, "gin");
        migrationBuilder.CreateIndex(name: "ix_listed_establishments_features", table: Table, column: "features", schema: Schema)
            .Annotation(IndexMethod, "gin");
    }
}
