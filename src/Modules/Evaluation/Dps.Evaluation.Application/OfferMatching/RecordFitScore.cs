using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Domain.OfferMatching;
using FluentValidation;
using MediatR;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// A buyer of the business case's authority scores an offer's fit, 0–100 on each of DWP's four evaluation questions;
/// recording again replaces it (audited) until the first supplier is invited.
/// </summary>
public sealed record RecordFitScore(
    Guid ReferralId, Guid OfferId, decimal OverallFit, decimal MovesClaimantsCloserToWork, decimal PerformanceExpectations, decimal PerformanceManagement, uint? ExpectedVersion)
    : ICommand<OfferMatchesResponse>;

internal sealed class RecordFitScoreValidator : AbstractValidator<RecordFitScore>
{
    public RecordFitScoreValidator()
    {
        RuleFor(c => c.OverallFit).InclusiveBetween(0m, 100m);
        RuleFor(c => c.MovesClaimantsCloserToWork).InclusiveBetween(0m, 100m);
        RuleFor(c => c.PerformanceExpectations).InclusiveBetween(0m, 100m);
        RuleFor(c => c.PerformanceManagement).InclusiveBetween(0m, 100m);
    }
}

internal sealed class RecordFitScoreHandler(IEvaluationDb db, ICurrentActor actor, OfferMatchScoring scoring, TimeProvider clock)
    : IRequestHandler<RecordFitScore, OfferMatchesResponse>
{
    public async Task<OfferMatchesResponse> Handle(RecordFitScore command, CancellationToken cancellationToken)
    {
        var match = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(match, command.ExpectedVersion);
        var scored = await scoring.ScoreAsync(match, cancellationToken);
        var offer = scored.Offers.SingleOrDefault(o => o.OfferId == command.OfferId) ?? throw new NotFoundException("Offer of the business case's matching", command.OfferId);
        var now = clock.GetUtcNow();
        offer.RecordFitScore(match, new FitScore(
            command.OverallFit, command.MovesClaimantsCloserToWork, command.PerformanceExpectations, command.PerformanceManagement, actor.Id, now));
        match.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return OfferMatchesResponses.For(actor, await scoring.ScoreAsync(match, cancellationToken), scoring.Options.OfferMinimumStandard);
    }
}
