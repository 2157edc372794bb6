using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

/// <summary>Invoiced periods; a partial unique index keeps one standing (not rejected) invoice per contract and period.</summary>
internal sealed class PeriodInvoiceConfiguration : IEntityTypeConfiguration<PeriodInvoice>
{
    public void Configure(EntityTypeBuilder<PeriodInvoice> builder)
    {
        builder.ToTable("period_invoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(i => i.Amount, amount =>
        {
            amount.Property(m => m.Amount).HasColumnName("amount").HasPrecision(12, 2);
            amount.Property(m => m.Currency).HasColumnName("currency").HasMaxLength(3);
        });
        builder.Property(i => i.InvoicedBy).HasMaxLength(200);
        builder.Property(i => i.DecidedBy).HasMaxLength(200);
        builder.Property(i => i.RejectionReason).HasMaxLength(2000);
        builder.HasOne<Contract>().WithMany().HasForeignKey(i => i.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ContractId, i.Number }).IsUnique().HasFilter("status <> 'Rejected'")
            .Guards<PeriodIsInvoicedOnceRule>("The period is already invoiced.");
    }
}
