using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Catalogue.Infrastructure.Persistence.Migrations;

/// <summary>Chains the audit trail by hash, the entries already written first, in the order they were written.</summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261124030000_AuditHashChain")]
internal sealed class AuditHashChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ChainAuditEntries(CatalogueDbContext.SchemaName);
}
