using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Categories.Rules;

/// <summary>Answers, decisions and suspensions name criteria by code, so a code means one criterion in its category.</summary>
internal sealed class CriterionCodesMustBeUniqueRule(CategoryCriteria criteria) : IBusinessRule
{
    private IEnumerable<string> Duplicates => criteria.CriterionCodes
        .Concat(criteria.CoreCostLines.Select(l => l.Code))
        .GroupBy(code => code, StringComparer.OrdinalIgnoreCase)
        .Where(g => g.Count() > 1)
        .Select(g => g.Key);

    public string Message => $"Each criterion and core-cost line needs its own code; repeated: {string.Join(", ", Duplicates)}.";

    public bool IsBroken() => Duplicates.Any();
}
