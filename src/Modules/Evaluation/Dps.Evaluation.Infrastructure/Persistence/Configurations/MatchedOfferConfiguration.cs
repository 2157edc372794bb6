using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Evaluation.Domain.OfferMatching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Evaluation.Infrastructure.Persistence.Configurations;

internal sealed class MatchedOfferConfiguration : IEntityTypeConfiguration<MatchedOffer>
{
    public void Configure(EntityTypeBuilder<MatchedOffer> builder)
    {
        builder.ToTable("matched_offers");
        builder.HasKey(o => new { o.MatchId, o.OfferId });
        builder.Property(o => o.ProgrammeName).HasMaxLength(200);
        builder.Property(o => o.ClientGroups).HasJsonConversion();
        builder.Property(o => o.PricePerParticipant).HasPrecision(12, 2);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.NearestLocation).HasMaxLength(300);
        builder.Property(o => o.FitScore).HasJsonConversion();
        builder.HasOne<BusinessCaseMatch>().WithMany().HasForeignKey(o => o.MatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.SupplierId);
    }
}
