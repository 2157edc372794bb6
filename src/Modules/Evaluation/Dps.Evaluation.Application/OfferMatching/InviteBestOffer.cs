using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// A buyer of the business case's authority, once every offer has its fit score, invites the best offer at or above
/// the minimum standard; if none reaches it, there is no suitable offer.
/// </summary>
public sealed record InviteBestOffer(Guid ReferralId, uint? ExpectedVersion) : ICommand<OfferMatchesResponse>;

internal sealed class InviteBestOfferHandler(IEvaluationDb db, ICurrentActor actor, OfferMatchScoring scoring, TimeProvider clock)
    : IRequestHandler<InviteBestOffer, OfferMatchesResponse>
{
    public async Task<OfferMatchesResponse> Handle(InviteBestOffer command, CancellationToken cancellationToken)
    {
        var match = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(match, command.ExpectedVersion);
        var scored = await scoring.ScoreAsync(match, cancellationToken);
        var now = clock.GetUtcNow();
        match.InviteBest(scored.Scores, scored.SupplierOfOffer, scoring.Options.OfferMinimumStandard, now, scoring.RespondBy(now));
        await db.SaveChangesAsync(cancellationToken);
        return OfferMatchesResponses.For(actor, scored, scoring.Options.OfferMinimumStandard);
    }
}
