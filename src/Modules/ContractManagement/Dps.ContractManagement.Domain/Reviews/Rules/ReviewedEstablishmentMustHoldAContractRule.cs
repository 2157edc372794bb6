using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Reviews.Rules;

/// <summary>A review judges performance under contract: an establishment with no contract in the category has none to review.</summary>
internal sealed class ReviewedEstablishmentMustHoldAContractRule(bool contracted) : IBusinessRule
{
    public string Message => "The establishment holds no contract in the category.";

    public bool IsBroken() => !contracted;

    public BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}
