using Dps.BuildingBlocks.Application.Time;
using Dps.Evaluation.Domain.OfferMatching;
using Dps.Evaluation.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>A business case's offers scored from their stored inputs, with what inviting the next one needs.</summary>
internal sealed record ScoredMatch(BusinessCaseMatch Match, IReadOnlyList<MatchedOffer> Offers, CompetitionScores Scores, ScoringRules Rules)
{
    public IReadOnlyDictionary<Guid, Guid> SupplierOfOffer => Offers.ToDictionary(o => o.OfferId, o => o.SupplierId);

    public MatchedOffer Offer(Guid offerId) => Offers.Single(o => o.OfferId == offerId);
}

/// <summary>Scores a business case's offers whenever they are read or decided on, and works out invitations' respond-by times.</summary>
public sealed class OfferMatchScoring(IEvaluationDb db, IOptions<EvaluationOptions> options, SchemeClock clock)
{
    internal EvaluationOptions Options => options.Value;

    internal async Task<ScoredMatch> ScoreAsync(BusinessCaseMatch match, CancellationToken cancellationToken)
    {
        var offers = await db.MatchedOffers.Where(o => o.MatchId == match.Id).OrderBy(o => o.OfferId).ToListAsync(cancellationToken);
        var rules = options.Value.Rules();
        return new ScoredMatch(match, offers, match.Score(offers, rules), rules);
    }

    /// <summary>The same time of day, the configured number of working days after today.</summary>
    internal DateTimeOffset RespondBy(DateTimeOffset now)
    {
        var today = clock.Today;
        var days = clock.Calendar.AddWorkingDays(today, options.Value.OfferResponseWorkingDays).DayNumber - today.DayNumber;
        return now.AddDays(days);
    }
}
