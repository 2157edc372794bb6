using Dps.BuildingBlocks.Application.Messaging;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.Scoring;
using Dps.Referral.IntegrationEvents;

namespace Dps.Evaluation.Application.Competitions;

/// <summary>
/// Referral closed a competition: Evaluation keeps its terms and every opened bid, the only inputs it ever scores from.
/// Scores are computed from them on demand, so they are ready as soon as the event is handled.
/// </summary>
internal sealed class OpenCompetitionWhenCompetitionClosed(IEvaluationDb db) : IntegrationEventHandler<CompetitionClosedIntegrationEvent>(db)
{
    protected override Task HandleOnceAsync(CompetitionClosedIntegrationEvent closed, CancellationToken cancellationToken)
    {
        var weights = closed.Weights;
        var competition = Competition.Open(
            closed.ReferralId,
            closed.DpsId,
            closed.CategoryId,
            closed.AuthorityId,
            new CompetitionTerms(
                closed.ServiceUserReference,
                closed.PriceBasis,
                closed.GroupSize,
                closed.Places,
                closed.StartDate,
                closed.TermWeeks,
                new CriterionWeights(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes),
                [.. closed.RequiredNeeds.Select(n => new RequiredNeed(n.Code, n.Priority == "MustHave", n.Mark))],
                [.. closed.DesiredFeatures.Select(f => new DesiredFeature(f.Code, f.Mark))],
                closed.Home.Postcode,
                closed.ResponseDeadline,
                closed.ClosedAt,
                closed.PublishedAt),
            closed.Bids.Count);
        db.Competitions.Add(competition);
        db.TenderedBids.AddRange(closed.Bids.Select(b => TenderedBid.Open(
            competition.Id,
            b.BidId,
            b.EstablishmentId,
            b.SupplierId,
            b.Total,
            b.DiscountPercent,
            Lines(b.CoreCosts),
            Lines(b.VariableCosts),
            b.NeedsMet,
            b.FeaturesMet,
            b.MethodStatement,
            b.ProposedStartDate,
            b.DistanceMiles,
            b.CoreCompetencyScore,
            b.SubmittedAt,
            b.ReceiptDigest)));
        return Task.CompletedTask;
    }

    private static List<TenderedCostLine> Lines(IEnumerable<ClosedCompetitionCostLine> lines) =>
        [.. lines.Select(l => new TenderedCostLine(l.Code, l.Description, l.Amount))];
}
