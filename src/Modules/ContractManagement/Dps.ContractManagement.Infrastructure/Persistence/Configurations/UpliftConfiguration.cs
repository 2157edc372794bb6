using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.Uplifts;
using Dps.ContractManagement.Domain.Uplifts.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

internal sealed class UpliftConfiguration : IEntityTypeConfiguration<Uplift>
{
    public void Configure(EntityTypeBuilder<Uplift> builder)
    {
        builder.ToTable("uplifts");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.LineCodes).HasJsonConversion();
        builder.Property(u => u.Percent).HasPrecision(5, 2);
        builder.Property(u => u.Reason).HasMaxLength(2000);
        builder.Property(u => u.AgreedBy).HasMaxLength(200);
        builder.HasIndex(u => new { u.CategoryId, u.EffectiveFrom }).IsUnique()
            .Guards<OneUpliftPerCategoryAndDateRule>("The category already has an uplift from this date.");
    }
}
