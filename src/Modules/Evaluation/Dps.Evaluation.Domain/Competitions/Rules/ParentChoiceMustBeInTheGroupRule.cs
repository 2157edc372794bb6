using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions.Rules;

/// <summary>The parent or carer chooses among the parent-choice group only: the top bid and those close enough to it.</summary>
internal sealed class ParentChoiceMustBeInTheGroupRule(Guid bidId, IReadOnlyList<Guid> group) : IBusinessRule
{
    public string Message => $"Bid {bidId} is not in the parent-choice group ({string.Join(", ", group)}).";

    public bool IsBroken() => !group.Contains(bidId);
}
