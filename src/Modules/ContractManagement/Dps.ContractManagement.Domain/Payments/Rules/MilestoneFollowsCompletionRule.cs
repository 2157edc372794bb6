using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>The completion and job-outcome milestones wait for the buyer to record the contract's completion.</summary>
internal sealed class MilestoneFollowsCompletionRule(MilestoneKind kind, DateOnly? completedOn) : IBusinessRule
{
    public string Message => $"The contract is not completed: the {kind} milestone follows its completion.";

    public bool IsBroken() => kind != MilestoneKind.Start && completedOn is null;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
