using Dps.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// Invitations not answered by their respond-by time lapse, and the next offer at or above the minimum standard is
/// invited. Run by the platform on its clock; each matching is taken under a row lock, once across processes.
/// </summary>
public sealed record LapseDueOfferInvitations(int Limit) : ICommand<int>;

internal sealed class LapseDueOfferInvitationsHandler(IEvaluationDb db, OfferMatchScoring scoring, TimeProvider clock) : IRequestHandler<LapseDueOfferInvitations, int>
{
    public async Task<int> Handle(LapseDueOfferInvitations command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lapsed = 0;
        foreach (var match in await db.LockDueMatchesAsync(now, command.Limit, cancellationToken))
        {
            var scored = await scoring.ScoreAsync(match, cancellationToken);
            if (match.LapseIfDue(scored.Scores, scored.SupplierOfOffer, scoring.Options.OfferMinimumStandard, now, scoring.RespondBy(now)))
            {
                lapsed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return lapsed;
    }
}
