using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Catalogue.Domain.Taxonomies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Catalogue.Infrastructure.Persistence.Configurations;

/// <summary>A category's taxonomy: the current needs and features, and the earlier revisions, as jsonb.</summary>
internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> builder)
    {
        builder.ToTable("taxonomies");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.CategoryId).IsUnique();
        builder.Property(t => t.CategoryName).HasMaxLength(200);
        builder.Property(t => t.Needs).HasJsonConversion();
        builder.Property(t => t.Features).HasJsonConversion();
        builder.Property(t => t.History).HasJsonConversion();
    }
}
