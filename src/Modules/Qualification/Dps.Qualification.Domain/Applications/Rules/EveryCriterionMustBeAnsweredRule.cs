using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class EveryCriterionMustBeAnsweredRule(string categoryName, CategoryCriteria criteria, IReadOnlyList<CriterionAnswer> answers) : IBusinessRule
{
    private IEnumerable<string> Missing => criteria.CriterionCodes
        .Except(answers.Where(a => !string.IsNullOrWhiteSpace(a.Response)).Select(a => a.CriterionCode), StringComparer.OrdinalIgnoreCase);

    public string Message => $"Category {categoryName} is missing answers to: {string.Join(", ", Missing)}.";

    public bool IsBroken() => Missing.Any();
}
