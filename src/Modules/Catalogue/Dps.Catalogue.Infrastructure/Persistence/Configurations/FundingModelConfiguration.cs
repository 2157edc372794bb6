using Dps.Catalogue.Domain.FundingModels.Rules;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.Catalogue.Domain.FundingModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.Catalogue.Infrastructure.Persistence.Configurations;

/// <summary>One funding model per DPS and category or routeway: the unique index treats the absent one (null) as equal.</summary>
internal sealed class FundingModelConfiguration : IEntityTypeConfiguration<FundingModel>
{
    public void Configure(EntityTypeBuilder<FundingModel> builder)
    {
        builder.ToTable("funding_models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Routeway).HasMaxLength(10);
        builder.Property(m => m.Shares).HasJsonConversion();
        builder.Property(m => m.JobOutcome).HasJsonConversion();
        builder.HasIndex(m => new { m.DpsId, m.CategoryId, m.Routeway }).IsUnique().AreNullsDistinct(false)
            .Guards<OneFundingModelPerCategoryOrRoutewayRule>("This category or routeway already has a funding model; change it instead.");
    }
}
