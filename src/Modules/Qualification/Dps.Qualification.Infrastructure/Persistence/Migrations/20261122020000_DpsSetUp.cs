using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

/// <summary>Category criteria; a DPS's recorded validity changes and entry closures.</summary>
[DbContext(typeof(QualificationDbContext))]
[Migration("20261122020000_DpsSetUp")]
internal sealed class DpsSetUp : Migration
{
    private const string Schema = QualificationDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        AddJsonColumn(migrationBuilder, "categories", "criteria",
            """{"passFailCriteria":[],"methodStatements":[],"insuranceRequirements":[],"coreCostLines":[],"affordabilityCap":null}""");
        AddJsonColumn(migrationBuilder, "purchasing_systems", "validity_changes", "[]");
        AddJsonColumn(migrationBuilder, "purchasing_systems", "entry_closures", "[]");
    }

    /// <summary>Existing rows get the empty value; the default is then dropped, as the model has none.</summary>
    private static void AddJsonColumn(MigrationBuilder migrationBuilder, string table, string column, string emptyValue)
    {
        migrationBuilder.AddColumn<string>(
            name: column, table: table, schema: Schema, type: "jsonb", nullable: false, defaultValueSql: $"'{emptyValue}'::jsonb");
        migrationBuilder.Sql($"ALTER TABLE {Schema}.{table} ALTER COLUMN {column} DROP DEFAULT;");
    }
}
