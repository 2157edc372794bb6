using Dps.BuildingBlocks.Application.Messaging;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.OfferMatching;
using Dps.Referral.IntegrationEvents;

namespace Dps.Evaluation.Application.Competitions;

/// <summary>
/// A referral cancelled after its close, or a business case cancelled during matching, stops its evaluation: nothing
/// more is scored, chosen, invited or awarded on it.
/// </summary>
internal sealed class StopEvaluationWhenReferralCancelled(IEvaluationDb db) : IntegrationEventHandler<ReferralCancelledIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(ReferralCancelledIntegrationEvent cancelled, CancellationToken cancellationToken)
    {
        var competition = await db.LockAsync(CompetitionId.From(cancelled.ReferralId), cancellationToken);
        competition?.Cancel(cancelled.Reason, cancelled.CancelledAt);
        var match = await db.LockMatchAsync(BusinessCaseMatchId.From(cancelled.ReferralId), cancellationToken);
        match?.Cancel(cancelled.CancelledAt);
    }
}
