using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.BlockBookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

/// <summary>
/// A block booking's parties, term and places in columns, its price and draw-downs as jsonb. A check constraint keeps
/// <c>places_used</c> within <c>places</c>, behind the row lock that serialises draw-downs.
/// </summary>
internal sealed class BlockBookingConfiguration : IEntityTypeConfiguration<BlockBooking>
{
    public void Configure(EntityTypeBuilder<BlockBooking> builder)
    {
        builder.ToTable("block_bookings", t =>
        {
            t.HasCheckConstraint("ck_block_bookings_places", "places >= 1");
            t.HasCheckConstraint("ck_block_bookings_places_used", "places_used >= 0 AND places_used <= places");
            t.HasCheckConstraint("ck_block_bookings_term", "end_date >= start_date");
        });
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.PriceBasis).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.PricePerPlace).HasJsonConversion();
        builder.Property(b => b.Placements).HasJsonConversion();
        builder.Property(b => b.Justification).HasMaxLength(4000);
        builder.Property(b => b.RecordedBy).HasMaxLength(200);
        builder.Ignore(b => b.Voids);
        builder.Ignore(b => b.Terms);
        builder.HasIndex(b => b.AwardId).IsUnique();
        builder.HasIndex(b => new { b.AuthorityId, b.StartDate });
        builder.HasIndex(b => new { b.SupplierId, b.StartDate });
        builder.HasIndex(b => b.StartDate);
    }
}
