using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Domain.Categories;

namespace Dps.Qualification.Application.Categories.Criteria;

/// <summary>A category's criteria; its version is the category's, to send back as If-Match.</summary>
public sealed record CriteriaResponse(
    Guid CategoryId,
    [property: Description("The criteria an establishment must pass; failing any one rejects its application to the category.")] IReadOnlyList<PassFailCriterion> PassFailCriteria,
    [property: Description("The weighted method statements, each scored 0–100; their weighted total is the core competency score, and never rejects.")] IReadOnlyList<MethodStatement> MethodStatements,
    [property: Description("The insurance an establishment must hold, by kind and minimum cover.")] IReadOnlyList<InsuranceRequirement> InsuranceRequirements,
    [property: Description("The fixed core-cost lines every applicant prices.")] IReadOnlyList<CoreCostLine> CoreCostLines,
    [property: Description("The most an establishment's core costs may total, in the scheme's currency (GBP): an application above it is refused on submission; null for no cap.")] Money? AffordabilityCap,
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
