using Dps.Catalogue.Domain.Offers.Rules;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Catalogue.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Catalogue.Infrastructure.Persistence.Configurations;

/// <summary>An offer's current version in columns, and every version (the current one included) in one jsonb history.</summary>
internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.ProgrammeName).HasMaxLength(200);
        builder.Property(o => o.Content).HasJsonConversion();
        builder.Property(o => o.Fingerprint).HasMaxLength(64);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Versions).HasJsonConversion();
        builder.HasIndex(o => new { o.SupplierId, o.CategoryId });
        builder.HasIndex(o => new { o.CategoryId, o.Status });
        builder.Property(o => o.ProgrammeKey).HasMaxLength(200);
        builder.HasIndex(o => new { o.SupplierId, o.CategoryId, o.ProgrammeKey }).IsUnique()
            .HasFilter($"status = '{nameof(OfferStatus.Active)}'")
            .Guards<OneOfferPerCategoryAndProgrammeRule>(
                "You already offer this programme in this category; revise that offer instead of making another.");
    }
}
