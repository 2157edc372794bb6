using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Domain.Categories;

namespace Dps.Qualification.Application.Categories.Criteria;

/// <summary>A category's criteria; its version is the category's, to send back as If-Match.</summary>
public sealed record CriteriaResponse(
    Guid CategoryId,
    IReadOnlyList<PassFailCriterion> PassFailCriteria,
    IReadOnlyList<MethodStatement> MethodStatements,
    IReadOnlyList<InsuranceRequirement> InsuranceRequirements,
    IReadOnlyList<CoreCostLine> CoreCostLines,
    Money? AffordabilityCap,
    uint Version) : IVersioned
{
    public static CriteriaResponse From(Category category) => new(
        category.Id.Value,
        [.. category.Criteria.PassFailCriteria.Select(PassFailCriterion.From)],
        [.. category.Criteria.MethodStatements.Select(MethodStatement.From)],
        [.. category.Criteria.InsuranceRequirements.Select(InsuranceRequirement.From)],
        [.. category.Criteria.CoreCostLines.Select(CoreCostLine.From)],
        Money.From(category.Criteria.AffordabilityCap),
        category.Version);
}
