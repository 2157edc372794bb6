using System.ComponentModel;
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
    [property: Description("The first day of the review period (a calendar date, Europe/London).")] DateOnly PeriodStart,
    [property: Description("The last day of the review period, included (a calendar date, Europe/London).")] DateOnly PeriodEnd,
    [property: Description("Points added to the establishment's core competency score, or taken from it when negative; 0 leaves the score as it was.")] decimal Adjustment,
    [property: Description("Why the score was adjusted: at least one reason.")] IReadOnlyList<string> Reasons,
    [property: Description("The DPS manager who recorded the review (the token's subject).")] string ReviewedBy,
    [property: Description("When the review was recorded (UTC).")] DateTimeOffset ReviewedAt,
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
