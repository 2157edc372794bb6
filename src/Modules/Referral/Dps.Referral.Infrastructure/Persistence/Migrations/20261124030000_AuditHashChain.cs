using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Referral.Infrastructure.Persistence.Migrations;

/// <summary>Chains the audit trail by hash, the entries already written first, in the order they were written.</summary>
[DbContext(typeof(ReferralDbContext))]
[Migration("20261124030000_AuditHashChain")]
internal sealed class AuditHashChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ChainAuditEntries(ReferralDbContext.SchemaName);
}
