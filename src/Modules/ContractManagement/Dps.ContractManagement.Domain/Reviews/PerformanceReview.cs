using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Reviews.Rules;

namespace Dps.ContractManagement.Domain.Reviews;

/// <summary>
/// The DPS manager's periodic review of an establishment's performance in a category: a core competency adjustment up or
/// down, with its reasons, which Qualification applies to the establishment's membership. One review per period.
/// </summary>
public sealed class PerformanceReview : AggregateRoot
{
    private PerformanceReview()
    {
    }

    public PerformanceReviewId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid SupplierId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>Points added to (or, negative, taken from) the establishment's core competency score.</summary>
    public decimal Adjustment { get; private set; }

    public IReadOnlyList<string> Reasons { get; private set; } = [];

    public string ReviewedBy { get; private set; } = null!;

    public DateTimeOffset ReviewedAt { get; private set; }

    /// <param name="contracted">Whether the establishment holds a contract in the category: only performance under contract is reviewed.</param>
    /// <param name="alreadyReviewed">Whether the period is already reviewed for the establishment in the category.</param>
    public static PerformanceReview Record(
        Guid dpsId, Guid categoryId, Guid supplierId, Guid establishmentId, bool contracted, bool alreadyReviewed, ReviewPeriod period, DateOnly today,
        decimal adjustment, IReadOnlyList<string> reasons, string reviewedBy, DateTimeOffset now)
    {
        CheckRule(new ReviewedEstablishmentMustHoldAContractRule(contracted));
        CheckRule(new ReviewPeriodMustBeASchemePeriodRule(period));
        CheckRule(new ReviewPeriodMustHaveStartedRule(period, today));
        CheckRule(new OneReviewPerPeriodRule(alreadyReviewed));
        return new PerformanceReview
        {
            Id = PerformanceReviewId.New(),
            DpsId = dpsId,
            CategoryId = categoryId,
            SupplierId = supplierId,
            EstablishmentId = establishmentId,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Adjustment = adjustment,
            Reasons = reasons,
            ReviewedBy = reviewedBy,
            ReviewedAt = now,
        };
    }
}
