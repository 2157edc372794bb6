using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions.Rules;

/// <summary>Bidders learn their scores and rank once the competition is awarded, all at the same moment.</summary>
internal sealed class FeedbackFollowsTheAwardRule(CompetitionStatus status) : IBusinessRule
{
    public string Message => status == CompetitionStatus.Cancelled
        ? "The referral was cancelled before award: there is no feedback."
        : "The competition is not awarded yet: feedback follows the award.";

    public bool IsBroken() => status != CompetitionStatus.Awarded;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
