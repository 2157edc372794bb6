using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>Checks a rule where no entity does: the payment values and functions are records and static functions.</summary>
internal static class RuleCheck
{
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
