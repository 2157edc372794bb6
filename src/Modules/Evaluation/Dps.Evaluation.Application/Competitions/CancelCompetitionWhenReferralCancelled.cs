using Dps.BuildingBlocks.Application.Messaging;
using Dps.Evaluation.Domain.Competitions;
using Dps.Referral.IntegrationEvents;

namespace Dps.Evaluation.Application.Competitions;

/// <summary>A referral cancelled after its close stops its evaluation: nothing more is scored, chosen or awarded on it.</summary>
internal sealed class CancelCompetitionWhenReferralCancelled(IEvaluationDb db) : IntegrationEventHandler<ReferralCancelledIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(ReferralCancelledIntegrationEvent cancelled, CancellationToken cancellationToken)
    {
        var competition = await db.LockAsync(CompetitionId.From(cancelled.ReferralId), cancellationToken);
        competition?.Cancel(cancelled.Reason, cancelled.CancelledAt);
    }
}
