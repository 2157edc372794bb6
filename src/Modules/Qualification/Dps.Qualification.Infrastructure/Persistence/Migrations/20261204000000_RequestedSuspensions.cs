using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

/// <summary>Suspension requests from contract management, kept on each membership.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261204000000_RequestedSuspensions")]
internal sealed class RequestedSuspensions : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(
            name: "requested_suspensions", table: "memberships", schema: Schema, type: "jsonb", nullable: false, defaultValueSql: "'[]'::jsonb");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "requested_suspensions", table: "memberships", schema: Schema);
}
