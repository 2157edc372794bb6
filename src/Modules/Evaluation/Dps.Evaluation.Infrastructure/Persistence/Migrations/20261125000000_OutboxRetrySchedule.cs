using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dps.Evaluation.Infrastructure.Persistence.Migrations;

[DbContext(typeof(EvaluationDbContext))]
[Migration("20261125000000_OutboxRetrySchedule")]
internal sealed class OutboxRetrySchedule : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ScheduleOutboxRetries(EvaluationDbContext.SchemaName);
}
