using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Qualification.Infrastructure.Persistence.Migrations;

[DbContext(typeof(QualificationDbContext))]
[Migration("20261125000000_OutboxRetrySchedule")]
internal sealed class OutboxRetrySchedule : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ScheduleOutboxRetries(QualificationDbContext.SchemaName);
}
