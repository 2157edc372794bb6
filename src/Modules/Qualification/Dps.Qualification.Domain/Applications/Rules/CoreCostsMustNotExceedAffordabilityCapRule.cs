using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class CoreCostsMustNotExceedAffordabilityCapRule(string categoryName, Money total, Money? cap) : IBusinessRule
{
    public string Message => $"The core costs for {categoryName} total {total}, above the category's affordability cap of {cap}.";

    public bool IsBroken() => cap is not null && total.Amount > cap.Amount;
}
