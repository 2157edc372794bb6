using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

/// <summary>Milestone claims; a partial unique index keeps one standing (not rejected) claim per contract and milestone.</summary>
internal sealed class MilestoneClaimConfiguration : IEntityTypeConfiguration<MilestoneClaim>
{
    public void Configure(EntityTypeBuilder<MilestoneClaim> builder)
    {
        builder.ToTable("milestone_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(c => c.Amount, amount =>
        {
            amount.Property(m => m.Amount).HasColumnName("amount").HasPrecision(12, 2);
            amount.Property(m => m.Currency).HasColumnName("currency").HasMaxLength(3);
        });
        builder.Property(c => c.Evidence).HasJsonConversion();
        builder.Property(c => c.ClaimedBy).HasMaxLength(200);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Property(c => c.RejectionReason).HasMaxLength(2000);
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ContractId, c.Kind }).IsUnique().HasFilter("status <> 'Rejected'")
            .Guards<MilestoneIsClaimedOnceRule>("The milestone is already claimed.");
    }
}
