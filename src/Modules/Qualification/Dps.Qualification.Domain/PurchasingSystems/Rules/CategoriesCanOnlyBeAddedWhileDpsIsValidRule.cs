using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class CategoriesCanOnlyBeAddedWhileDpsIsValidRule(DateOnly validUntil, DateOnly today) : IBusinessRule
{
    public string Message => $"The DPS expired on {validUntil:yyyy-MM-dd}; no category can be added to it.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => today > validUntil;
}
