using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.ContractManagement.Infrastructure.Persistence.Migrations;

[DbContext(typeof(ContractManagementDbContext))]
[Migration("20261125000000_OutboxRetrySchedule")]
internal sealed class OutboxRetrySchedule : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ScheduleOutboxRetries(ContractManagementDbContext.SchemaName);
}
