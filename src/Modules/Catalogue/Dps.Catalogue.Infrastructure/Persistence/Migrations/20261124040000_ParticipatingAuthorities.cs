using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

/// <summary>
/// Who takes part in each DPS, learnt from Qualification's events, so buyers see only their authorities' DPSs. The DPSs
/// set up before are announced by Qualification's migration of the same date, through its outbox.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261124040000_ParticipatingAuthorities")]
internal sealed class ParticipatingAuthorities : Migration
{
    private const string Schema = CatalogueDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "dps_participants",
            schema: Schema,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                dps_id = t.Column<Guid>(type: "uuid", nullable: false),
                authority_ids = t.Column<Guid[]>(type: "uuid[]", nullable: false),
                as_of = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = t.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_dps_participants", x => x.id));
        migrationBuilder.CreateIndex("ix_dps_participants_dps_id", "dps_participants", "dps_id", Schema, unique: true);
    }
}
