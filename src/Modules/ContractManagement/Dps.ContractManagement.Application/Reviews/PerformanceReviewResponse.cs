using Dps.BuildingBlocks.Application;
using Dps.ContractManagement.Domain.Reviews;

namespace Dps.ContractManagement.Application.Reviews;

/// <summary>A performance review: whose, for which period, the adjustment to the core competency score and why.</summary>
public sealed record PerformanceReviewResponse(
    Guid Id,
    Guid DpsId,
    Guid CategoryId,
    Guid SupplierId,
    Guid EstablishmentId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Adjustment,
    IReadOnlyList<string> Reasons,
    string ReviewedBy,
    DateTimeOffset ReviewedAt,
    uint Version) : IVersioned
{
    internal static PerformanceReviewResponse From(PerformanceReview review) => new(
        review.Id.Value,
        review.DpsId,
        review.CategoryId,
        review.SupplierId,
        review.EstablishmentId,
        review.PeriodStart,
        review.PeriodEnd,
        review.Adjustment,
        review.Reasons,
        review.ReviewedBy,
        review.ReviewedAt,
        review.Version);
}
