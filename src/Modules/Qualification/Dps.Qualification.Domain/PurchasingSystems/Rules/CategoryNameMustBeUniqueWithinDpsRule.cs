using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems.Rules;

internal sealed class CategoryNameMustBeUniqueWithinDpsRule(string name, IReadOnlyCollection<string> existingCategoryNames) : IBusinessRule
{
    public string Message => $"The DPS already has a category named '{name}'.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => existingCategoryNames.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
}
