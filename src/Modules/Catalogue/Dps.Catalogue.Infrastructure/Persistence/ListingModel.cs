using Dps.Catalogue.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Infrastructure.Persistence;

/// <summary>The listed establishments: one row per establishment and category, searched by place, needs and features.</summary>
internal static class ListingModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ListedEstablishment>(b =>
        {
            b.ToTable("listed_establishments");
            b.HasKey(l => l.Id);
            b.Ignore(l => l.IsSearchable);
            b.HasIndex(l => new { l.EstablishmentId, l.CategoryId }).IsUnique();
            b.HasIndex(l => new { l.CategoryId, l.Status, l.Latitude, l.Longitude });
            b.HasIndex(l => l.SupplierId);
            b.HasIndex(l => l.Needs).HasMethod("gin");
            b.HasIndex(l => l.Features).HasMethod("gin");
            b.Property(l => l.Name).HasMaxLength(200);
            b.Property(l => l.Postcode).HasMaxLength(20);
            b.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        });
}
