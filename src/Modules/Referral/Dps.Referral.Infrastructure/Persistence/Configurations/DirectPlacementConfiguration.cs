using Dps.Referral.Domain.DirectPlacements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Referral.Infrastructure.Persistence.Configurations;

internal sealed class DirectPlacementConfiguration : IEntityTypeConfiguration<DirectPlacement>
{
    public void Configure(EntityTypeBuilder<DirectPlacement> builder)
    {
        builder.ToTable("direct_placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reason).HasMaxLength(60);
        builder.Property(p => p.Justification).HasMaxLength(4000);
        builder.Property(p => p.ServiceUserReference).HasMaxLength(20);
        builder.Property(p => p.PriceAmount).HasPrecision(12, 2);
        builder.Property(p => p.PriceCurrency).HasMaxLength(3);
        builder.Property(p => p.PriceBasis).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.AuthorityId, p.PlacedAt });
        builder.HasIndex(p => new { p.SupplierId, p.PlacedAt });
    }
}
