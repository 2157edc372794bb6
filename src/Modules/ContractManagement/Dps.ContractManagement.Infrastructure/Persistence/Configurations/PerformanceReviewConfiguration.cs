using Dps.BuildingBlocks.Infrastructure.Persistence;
using Dps.ContractManagement.Domain.Reviews;
using Dps.ContractManagement.Domain.Reviews.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dps.ContractManagement.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceReviewConfiguration : IEntityTypeConfiguration<PerformanceReview>
{
    public void Configure(EntityTypeBuilder<PerformanceReview> builder)
    {
        builder.ToTable("performance_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Adjustment).HasPrecision(5, 2);
        builder.Property(r => r.Reasons).HasJsonConversion();
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.EstablishmentId, r.CategoryId, r.PeriodStart }).IsUnique()
            .Guards<OneReviewPerPeriodRule>("The establishment's performance in this category is already reviewed for the period.");
        builder.HasIndex(r => new { r.SupplierId, r.ReviewedAt });
    }
}
