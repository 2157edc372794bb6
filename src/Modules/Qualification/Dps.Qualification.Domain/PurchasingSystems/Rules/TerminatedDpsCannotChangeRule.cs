using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class TerminatedDpsCannotChangeRule(bool terminated) : IBusinessRule
{
    public string Message => "The DPS has been terminated; its period of validity and entry windows can no longer change.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => terminated;
}
