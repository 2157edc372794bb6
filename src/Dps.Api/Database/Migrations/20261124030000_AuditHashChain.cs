using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Api.Database.Migrations;

/// <summary>Chains the platform's audit trail by hash, the entries already written first, in the order they were written.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261124030000_AuditHashChain")]
internal sealed class AuditHashChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ChainAuditEntries(PlatformDbContext.SchemaName);
}
