using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Evaluation.Application.Awards;
using Dps.Evaluation.Application.Evaluations;
using Dps.Evaluation.Application.Feedback;
using Dps.Evaluation.Application.MethodStatements;
using Dps.Evaluation.Application.OfferMatching;
using BusinessCaseMatchStatus = Dps.Evaluation.Domain.OfferMatching.BusinessCaseMatchStatus;
using OfferInvitationOutcome = Dps.Evaluation.Domain.OfferMatching.OfferInvitationOutcome;
using ScoreKind = Dps.Evaluation.Domain.MethodStatements.ScoreKind;

namespace Dps.Evaluation.Infrastructure.Api;

/// <summary>The OpenAPI examples of Evaluation's requests and responses: a SET competition scored, and a DWP business case matched to offers.</summary>
internal sealed class EvaluationExamples : ApiExamples
{
    private const string Evaluator = "dps-manager-dev";
    private static readonly DateTimeOffset At = new(2027, 1, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly Money Price = new(369m, "GBP");
    private static readonly WeightsResponse Weights = new(50m, 20m, 5m, 5m, 10m, 10m);

    private static readonly BidBreakdown Breakdown = new(
        new PriceBreakdown(Price, Price, 50m, 50m, 50m, "The lowest compliant price gets the whole price weight: 50."),
        new MarksBreakdown(10m, 10m, ["ASD"], [], 20m, 20m, 20m, "Needs weight × marks met ÷ marks of all needs = 20 × 10 ÷ 10 = 20."),
        new MarksBreakdown(2m, 2m, ["HALAL"], [], 5m, 5m, 5m, "Features weight × marks met ÷ marks of all features = 5 × 2 ÷ 2 = 5."),
        new LocationBreakdown(17.3m, 5m, 3, 2, 5, 5m, 2m, 2m, "Location weight × max(0, 5 − floor(17.3 ÷ 5)) ÷ 5 = 5 × 2 ÷ 5 = 2."),
        new CoreCompetencyBreakdown(82m, 10m, 8.2m, 8.2m, "Core competency weight × qualification score ÷ 100 = 10 × 82 ÷ 100 = 8.2."),
        new OutcomesBreakdown(80m, 10m, 8m, 8m, "Outcomes weight × method statement score ÷ 100 = 10 × 80 ÷ 100 = 8."));

    private static readonly IncentiveResponse Incentive = new("A transition week before the start date.", new Money(250m, "GBP"));
    private static readonly AwardResponse Award = new(ExampleIds.Report, ExampleIds.Bid, true, "buyer-dev@" + ExampleIds.Kent, At, Incentive);

    public EvaluationExamples()
    {
        Add(new EvaluationEndpoints.ScoreEntry(80m, ScoreKind.Individual, null));
        Add(new EvaluationEndpoints.ParentChoiceEntry(ExampleIds.Bid, "The family chose the school nearer home."));
        Add(new EvaluationEndpoints.AwardEntry(new IncentiveDetails(Incentive.Description, Incentive.Premium)));
        Add(new MethodStatementScoreResponse(ExampleIds.Score, ExampleIds.Referral, ExampleIds.Bid, ScoreKind.Individual, Evaluator, 80m, null, At));
        Add(new EvaluationResponse(
            ExampleIds.Referral,
            EvaluationStatus.Awarded,
            "Week",
            Weights,
            new ScoringRulesResponse(5m, 5, 5m, 3),
            2,
            2,
            Price,
            [ExampleIds.Bid],
            new ParentChoiceResponse(ExampleIds.Bid, "buyer-dev@" + ExampleIds.Kent, At, "The family chose the school nearer home."),
            Award,
            [new BidEvaluation(ExampleIds.Bid, ExampleIds.Establishment, ExampleIds.Downsview, At.AddDays(-5), "3f1c9a0b7d2e4c6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e1f", true, [], 1, 93.2m, 93.2m, Breakdown)],
            At.AddDays(-1),
            3));
        Add(new BidFeedbackResponse(
            ExampleIds.Bid, ExampleIds.Referral, true, true, [], 1, 2, 93.2m, Breakdown, new CriterionPoints(50m, 20m, 5m, 2m, 8.2m, 8m, 93.2m), At, 1));
        AddOfferMatches();
    }

    private void AddOfferMatches()
    {
        Add(new OfferMatchEndpoints.FitScoreEntry(4m, 3m, 4m, 3m));
        Add(new OfferMatchEndpoints.DeclineEntry("The programme is full until the spring."));
        var fit = new FitScoreResponse(4m, 3m, 4m, 3m, 70m, Evaluator, At);
        Add(new OfferMatchesResponse(
            ExampleIds.Referral,
            BusinessCaseMatchStatus.Awarded,
            ["Long-term unemployed"],
            Weights,
            60m,
            true,
            [new MatchedOfferResponse(ExampleIds.Offer, 1, ExampleIds.DwpProvider, ExampleIds.Establishment, "Engage Manchester", ["Long-term unemployed"], new Money(1_200m, "GBP"), "Manchester Piccadilly hub", fit, 1, 88.5m, 88.5m, Breakdown)],
            [new OfferInvitationResponse(ExampleIds.Offer, At, At.AddDays(5), OfferInvitationOutcome.Accepted, At.AddDays(2), null)],
            Award with { ByParentChoice = false },
            3));
    }
}
