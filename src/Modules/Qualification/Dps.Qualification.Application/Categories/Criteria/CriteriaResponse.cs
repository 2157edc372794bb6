using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Categories.Criteria;

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
        category.Criteria.PassFailCriteria,
        category.Criteria.MethodStatements,
        category.Criteria.InsuranceRequirements,
        category.Criteria.CoreCostLines,
        category.Criteria.AffordabilityCap,
        category.Version);
}
