using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;
using Dps.ContractManagement.Domain.Outcomes.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

/// <summary>Outcome reports; a unique index keeps one per contract and measure.</summary>
internal sealed class OutcomeReportConfiguration : IEntityTypeConfiguration<OutcomeReport>
{
    public void Configure(EntityTypeBuilder<OutcomeReport> builder)
    {
        builder.ToTable("outcome_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Measure).HasMaxLength(40);
        builder.Property(r => r.Evidence).HasJsonConversion();
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ContractId, r.Measure }).IsUnique()
            .Guards<OutcomeIsReportedOnceRule>("The contract's outcome is already reported for this measure.");
    }
}
