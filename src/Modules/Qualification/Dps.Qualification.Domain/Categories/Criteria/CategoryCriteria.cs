using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Categories.Criteria;

/// <summary>
/// What an establishment must meet and price to be admitted to a category: pass/fail criteria (any fail rejects),
/// weighted method statements (their weighted score is the core competency score), insurance levels, the core-cost
/// lines to price, and an optional cap on the total of those costs.
/// </summary>
public sealed record CategoryCriteria(
    IReadOnlyList<PassFailCriterion> PassFailCriteria,
    IReadOnlyList<MethodStatement> MethodStatements,
    IReadOnlyList<InsuranceRequirement> InsuranceRequirements,
    IReadOnlyList<CoreCostLine> CoreCostLines,
    Money? AffordabilityCap)
{
    public static CategoryCriteria Initial(IReadOnlyList<CoreCostLine> defaultCoreCostLines) =>
        new([], [], [], defaultCoreCostLines, null);

    public IEnumerable<string> CriterionCodes => PassFailCriteria.Select(c => c.Code).Concat(MethodStatements.Select(m => m.Code));
}

/// <summary>e.g. "Insurances at the category's levels", "Ofsted rating of Requires improvement or better".</summary>
public sealed record PassFailCriterion(string Code, string Title, string? Guidance);

/// <summary>e.g. "Workforce", weighted; the weights of a category sum to 100.</summary>
public sealed record MethodStatement(string Code, string Title, int Weight);

/// <summary>e.g. Employer's liability of at least £5m.</summary>
public sealed record InsuranceRequirement(string Kind, Money MinimumCover);

/// <summary>A fixed cost every establishment declares at qualification, e.g. "Premises".</summary>
public sealed record CoreCostLine(string Code, string Name);
