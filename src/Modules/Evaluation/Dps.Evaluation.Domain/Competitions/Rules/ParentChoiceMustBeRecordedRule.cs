using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions.Rules;

/// <summary>When more than one bid is in the parent-choice group, the award waits for the parent's or carer's choice among them.</summary>
internal sealed class ParentChoiceMustBeRecordedRule(IReadOnlyList<Guid> group, ParentChoice? choice) : IBusinessRule
{
    public string Message => $"The parent-choice group holds {group.Count} bids: record the parent's or carer's choice among them before the award.";

    public bool IsBroken() => group.Count > 1 && (choice is null || !group.Contains(choice.BidId));

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
