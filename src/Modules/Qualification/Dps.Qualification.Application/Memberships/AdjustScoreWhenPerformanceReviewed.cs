using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.IntegrationEvents;

namespace Dps.Qualification.Application.Memberships;

/// <summary>
/// The DPS manager reviewed an establishment's performance under contract: its membership of the category takes the
/// adjustment, as far as the score stays within 0–100, with the review's period and reasons as the adjustment's reason.
/// A membership since removed takes nothing.
/// </summary>
internal sealed class AdjustScoreWhenPerformanceReviewed(IQualificationDb db) : IntegrationEventHandler<PerformanceReviewedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(PerformanceReviewedIntegrationEvent reviewed, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.CurrentOfAsync(reviewed.EstablishmentId, reviewed.CategoryId, cancellationToken);
        if (membership is null)
        {
            return;
        }

        var adjustment = Math.Clamp(membership.CoreCompetencyScore + reviewed.Adjustment, 0m, 100m) - membership.CoreCompetencyScore;
        if (adjustment == 0m)
        {
            return;
        }

        var reason = $"Performance review {reviewed.PeriodStart:yyyy-MM-dd} to {reviewed.PeriodEnd:yyyy-MM-dd}: {string.Join("; ", reviewed.Reasons)}";
        membership.AdjustScore(adjustment, reason[..Math.Min(reason.Length, MembershipChange.MaxReasonLength)], reviewed.ReviewedBy, reviewed.OccurredAt);
    }
}
