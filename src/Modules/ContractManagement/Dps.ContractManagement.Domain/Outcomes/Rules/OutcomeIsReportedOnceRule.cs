using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Outcomes.Rules;

/// <summary>One report per contract and measure; a unique index backs it against two writers.</summary>
internal sealed class OutcomeIsReportedOnceRule(string measure, bool reported) : IBusinessRule
{
    public string Message => $"The contract's {measure} outcome is already reported.";

    public bool IsBroken() => reported;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
