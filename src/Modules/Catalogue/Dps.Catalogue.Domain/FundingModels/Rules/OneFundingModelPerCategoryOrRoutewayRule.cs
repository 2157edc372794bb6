using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.FundingModels.Rules;

/// <summary>A DPS has one funding model per category and one per routeway; change it rather than define another.</summary>
internal sealed class OneFundingModelPerCategoryOrRoutewayRule(Guid? categoryId, string? routeway, bool alreadyDefined) : IBusinessRule
{
    public string Message => categoryId is { } category
        ? $"Category '{category}' already has a funding model; change it instead."
        : $"Routeway '{routeway}' already has a funding model; change it instead.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => alreadyDefined;
}
