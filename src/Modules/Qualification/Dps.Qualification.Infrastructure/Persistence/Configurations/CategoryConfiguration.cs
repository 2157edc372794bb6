using Dps.Qualification.Domain.PurchasingSystems.Rules;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Qualification.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Id);
        builder.HasOne<DynamicPurchasingSystem>().WithMany().HasForeignKey(c => c.DpsId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.NameKey).HasMaxLength(200);
        builder.HasIndex(c => new { c.DpsId, c.NameKey }).IsUnique()
            .Guards<CategoryNameMustBeUniqueWithinDpsRule>("The DPS already has a category of that name (names are compared ignoring case).");
        builder.Property(c => c.Criteria).HasJsonConversion();
    }
}
