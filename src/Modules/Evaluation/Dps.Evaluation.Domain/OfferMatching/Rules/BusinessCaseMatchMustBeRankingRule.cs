using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.OfferMatching.Rules;

/// <summary>Fit scores are recorded, and the first supplier invited, while the offers are being ranked: once invitations are out, the ranking stands.</summary>
internal sealed class BusinessCaseMatchMustBeRankingRule(BusinessCaseMatchStatus status) : IBusinessRule
{
    public string Message => $"The offer matching is {status}: the ranking no longer changes.";

    public bool IsBroken() => status != BusinessCaseMatchStatus.Ranking;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
