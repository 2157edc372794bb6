using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Evaluation.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Evaluation.Infrastructure.Persistence.Configurations;

internal sealed class TenderedBidConfiguration : IEntityTypeConfiguration<TenderedBid>
{
    public void Configure(EntityTypeBuilder<TenderedBid> builder)
    {
        builder.ToTable("tendered_bids");
        builder.HasKey(b => b.BidId);
        builder.Property(b => b.BidId).ValueGeneratedNever();
        builder.Property(b => b.PriceAmount).HasPrecision(12, 2);
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Property(b => b.CoreCosts).HasJsonConversion();
        builder.Property(b => b.VariableCosts).HasJsonConversion();
        builder.Property(b => b.NeedsMet).HasJsonConversion();
        builder.Property(b => b.FeaturesMet).HasJsonConversion();
        builder.Property(b => b.ReceiptDigest).HasMaxLength(64);
        builder.HasOne<Competition>().WithMany().HasForeignKey(b => b.CompetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.CompetitionId);
    }
}
