using Dps.Catalogue.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Catalogue.Infrastructure.Persistence.Configurations;

/// <summary>The listed establishments: one row per establishment and category, searched by place, needs and features.</summary>
internal sealed class ListingConfiguration : IEntityTypeConfiguration<ListedEstablishment>
{
    public void Configure(EntityTypeBuilder<ListedEstablishment> builder)
    {
        builder.ToTable("listed_establishments");
        builder.HasKey(l => l.Id);
        builder.Ignore(l => l.IsSearchable);
        builder.HasIndex(l => new { l.EstablishmentId, l.CategoryId }).IsUnique();
        builder.HasIndex(l => new { l.CategoryId, l.Status, l.Latitude, l.Longitude });
        builder.HasIndex(l => l.SupplierId);
        builder.HasIndex(l => l.Needs).HasMethod("gin");
        builder.HasIndex(l => l.Features).HasMethod("gin");
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Postcode).HasMaxLength(20);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
    }
}
