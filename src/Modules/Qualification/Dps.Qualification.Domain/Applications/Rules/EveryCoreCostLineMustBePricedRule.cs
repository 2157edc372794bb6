using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class EveryCoreCostLineMustBePricedRule(string categoryName, CategoryCriteria criteria, IReadOnlyList<CoreCost> costs) : IBusinessRule
{
    private IEnumerable<string> Missing => criteria.CoreCostLines.Select(l => l.Code).Except(costs.Select(c => c.LineCode), StringComparer.OrdinalIgnoreCase);

    private IEnumerable<string> Unknown => costs.Select(c => c.LineCode).Except(criteria.CoreCostLines.Select(l => l.Code), StringComparer.OrdinalIgnoreCase);

    public string Message => $"Category {categoryName} needs exactly one price per core-cost line; missing: {string.Join(", ", Missing)}; not a line of the category: {string.Join(", ", Unknown)}.";

    public bool IsBroken() => Missing.Any() || Unknown.Any() || costs.Select(c => c.LineCode).Distinct(StringComparer.OrdinalIgnoreCase).Count() != costs.Count;
}
