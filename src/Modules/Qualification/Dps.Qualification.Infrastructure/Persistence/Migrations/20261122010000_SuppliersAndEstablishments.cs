using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QualificationDbContext))]
[Migration("20261122010000_SuppliersAndEstablishments")]
internal sealed class SuppliersAndEstablishments : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "suppliers",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                company_number = t.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                is_sme = t.Column<bool>(type: "boolean", nullable: false),
                contact = t.Column<string>(type: "jsonb", nullable: false),
                registered_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_suppliers", x => x.id));

        migrationBuilder.CreateTable(
            name: "establishments",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                supplier_id = t.Column<Guid>(type: "uuid", nullable: false),
                name = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                address = t.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                postcode = t.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                latitude = t.Column<double>(type: "double precision", nullable: false),
                longitude = t.Column<double>(type: "double precision", nullable: false),
                ofsted_urn = t.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                ofsted_rating = t.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                capacity = t.Column<int>(type: "integer", nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_establishments", x => x.id);
                t.ForeignKey(
                    name: "fk_establishments_supplier_id",
                    column: x => x.supplier_id,
                    principalSchema: Schema,
                    principalTable: "suppliers",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_establishments_supplier_id", table: "establishments", column: "supplier_id", schema: Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "establishments", schema: Schema);
        migrationBuilder.DropTable(name: "suppliers", schema: Schema);
    }
}
