using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Evaluation.Application.Awards;
using Dps.Evaluation.Application.Evaluations;
using Dps.Evaluation.Application.Feedback;
using Dps.Evaluation.Application.MethodStatements;
using Dps.Evaluation.Application.ParentChoices;
using Dps.Evaluation.Domain.MethodStatements;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Evaluation.Infrastructure.Api;

internal static class EvaluationEndpoints
{
    /// <summary>A method-statement score (0–100, at most 2 decimals); <c>kind</c> is <c>Individual</c> unless given.</summary>
    public sealed record ScoreEntry(
        [property: Description("The score of the bid's method statement, 0–100, to at most 2 decimals.")] decimal Score,
        [property: Description("`Individual` (your own score, as one of the evaluators; the default) or `Moderated` (the moderated score, which counts).")] ScoreKind? Kind,
        [property: Description("Why, up to 2,000 characters: required for a moderated score and when it replaces your earlier score.")] string? Reason);

    /// <summary>The parent's or carer's choice: one bid of the parent-choice group, and an optional note.</summary>
    public sealed record ParentChoiceEntry(
        Guid BidId,
        [property: Description("An optional note on the choice, up to 2,000 characters, e.g. why the family chose it.")] string? Note);

    /// <summary>The award; <c>incentive</c> only when one is agreed with it.</summary>
    public sealed record AwardEntry(
        [property: Description("An incentive agreed with the award (a premium for early step-down or earlier outcomes), recorded and never scored; null or left out when none is.")] IncentiveDetails? Incentive);

    private static readonly string[] Evaluators = [DpsRoles.Buyer, DpsRoles.Manager, DpsRoles.Auditor];

    private const string Scoring = "Scored from the closed competition's stored inputs alone — the referral's weights, needs and features and each bid's price, distance, needs and features met, core competency score at close and method-statement score — never from a supplier's past performance. Price: the lowest compliant price gets the whole weight, any other weight × lowest ÷ its price. Needs and features: weight × marks met ÷ all marks; missing a must-have need makes a bid non-compliant (shown with what it missed, never ranked, never the lowest price). Location: weight × max(0, 5 − floor(miles ÷ 10)) ÷ 5. Core competency: weight × score ÷ 100. Method statement: weight × the evaluators' score ÷ 100. Ranking by total, ties by lower price, then earlier submission; the parent-choice group is the top bid and every other within less than 5 points of it, at most 3 (bands, marks and the group are configuration `Evaluation`).";

    public static void Map(IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Evaluation");

        referrals.MapGetVersioned<EvaluationResponse>("{referralId:guid}/evaluation", "GetEvaluation", Evaluators, (Guid referralId) => new GetEvaluation(referralId))
            .WithSummary("Get a closed competition's evaluation: every bid's scores, explained")
            .WithDescription($"For the referral's buyers, the DPS manager and auditors; 404 to anyone else and before the referral has closed. Each bid shows every criterion's inputs, weight, points (2 decimals) and exact points, and the formula in words with its numbers, so the totals can be recomputed from what is shown. `status` says what is next: `AwaitingMethodStatementScores`, `AwaitingParentChoice`, `ReadyToAward`, `Awarded`, `Cancelled` or `NoCompliantBids`. {Scoring}");

        referrals.MapList<MethodStatementScoreResponse>("{referralId:guid}/evaluation/bids/{bidId:guid}/scores", "ListMethodStatementScores", Evaluators, (
                Guid referralId, Guid bidId, int page = 1, int pageSize = PagingDefaults.PageSize) => new ListMethodStatementScores(referralId, bidId, page, pageSize))
            .WithSummary("List a bid's method-statement score entries")
            .WithDescription("Oldest first. Evaluators score independently: a buyer sees the other evaluators' scores on a bid only once it has scored the bid itself; moderated scores are seen by all. The DPS manager and auditors see every entry. A bid not of the competition is 404.")
            .ProducesProblems(404);

        referrals.MapPost("{referralId:guid}/evaluation/bids/{bidId:guid}/scores", async (Guid referralId, Guid bidId, ScoreEntry body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var entry = await mediator.Send(new RecordMethodStatementScore(referralId, bidId, body.Score, body.Kind ?? ScoreKind.Individual, body.Reason), ct);
                return TypedResults.Created(http.PathOf("ListMethodStatementScores", new { referralId, bidId }), entry);
            })
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RecordMethodStatementScore")
            .WithSummary("Score a bid's method statement (0–100)")
            .WithDescription("A buyer of the referral's authority, as one of its evaluators (`kind` `Individual`), or recording the moderated score that counts (`Moderated`, with its `reason`). A score is never edited: a new entry replaces the evaluator's earlier one and needs a `reason` (422, rule `ScoreMustGiveItsReason`), and every entry is kept and audited. The score that counts is the latest moderated one; without one, the latest of the only evaluator who scored the bid; a bid scored by several evaluators awaits moderation. Only compliant bids are scored (422, rule `MethodStatementIsScoredOnlyOnCompliantBids`); not after the award or a cancellation (409, rule `CompetitionMustBeEvaluating`).")
            .Produces<MethodStatementScoreResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        referrals.MapCommand<ParentChoiceEntry, EvaluationResponse>("{id:guid}/parent-choice", (id, body, ifMatch) => new RecordParentChoice(id, body.BidId, body.Note, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RecordParentChoice")
            .WithSummary("Record the parent's or carer's choice among the parent-choice group")
            .WithDescription("A buyer of the referral's authority records which bid of the group the parent or carer chose, with an optional note; who recorded it and when are kept. Only once every compliant bid is ranked (409, rule `RankingMustBeComplete`); a bid outside the group is 422 (rule `ParentChoiceMustBeInTheGroup`). Recording again replaces the choice until the award. Send the evaluation's ETag as If-Match (412 if stale).");

        referrals.MapCommand<AwardEntry, EvaluationResponse>("{id:guid}/award", (id, body, ifMatch) => new AwardCompetition(id, body.Incentive, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("AwardCompetition")
            .WithSummary("Award the competition")
            .WithDescription("A buyer of the referral's authority awards the top bid — or, when the parent-choice group holds more than one bid, the parent's or carer's choice (409, rule `ParentChoiceMustBeRecorded`, until it is recorded). Only once ranked (409, rule `RankingMustBeComplete`); once only (409, rule `CompetitionMustBeEvaluating`: of two concurrent awards one wins). An optional `incentive` (a premium for early step-down or earlier outcomes) is recorded with the award, not scored. The award event `ServiceAwardedIntegrationEvent` (route `Competition`) hands the parties, the winning price and its lines, the terms and the category's funding model to contract management; every bidder can then read its feedback.");

        api.MapGroup("/bids").WithTags("Evaluation")
            .MapGetVersioned<BidFeedbackResponse>("{bidId:guid}/feedback", "GetBidFeedback", [DpsRoles.Supplier, DpsRoles.Manager, DpsRoles.Auditor], (Guid bidId) => new GetBidFeedback(bidId))
            .WithSummary("Get a bid's feedback after the award")
            .WithDescription("For the bidding supplier (any other supplier's bid is 404), the DPS manager and auditors, once the competition is awarded (409, rule `FeedbackFollowsTheAward`, before). The bid's own breakdown, total and rank (null when non-compliant, with the must-have needs it missed), how many bids were compliant, whether it won, and the winning bid's points per criterion and total — never another bidder's identity or price.")
            .ProducesProblems(409);
    }
}
