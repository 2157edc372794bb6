using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Bids.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

/// <summary>
/// A bid's content only in <c>sealed_content</c>, encrypted; in plain columns only who bid, its state, when, and the
/// receipt's digest. The audit trail copies every column, so nothing of the content may ever get a column of its own.
/// </summary>
internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public const string LiveFilter = "status = 'Submitted'";

    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.ToTable("bids");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.ReceiptDigest).HasMaxLength(64);
        builder.Property(b => b.WithdrawalReason).HasMaxLength(2000);
        builder.HasIndex(b => new { b.ReferralId, b.EstablishmentId }).IsUnique().HasFilter(LiveFilter)
            .Guards<OneLiveBidPerEstablishmentRule>("This establishment already has a live bid on the referral; revise or withdraw it instead.");
        builder.HasIndex(b => new { b.SupplierId, b.ReferralId });
    }
}
