using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Applications.Rules;

public sealed class EvaluationMustCoverEveryCriterionRule(CategoryCriteria criteria, CategoryEvaluation evaluation) : IBusinessRule
{
    private IEnumerable<string> Expected => criteria.CriterionCodes;

    private IEnumerable<string> Given => evaluation.Decisions.Select(d => d.CriterionCode).Concat(evaluation.Scores.Select(s => s.CriterionCode));

    private IEnumerable<string> Missing =>
        criteria.PassFailCriteria.Select(c => c.Code).Except(evaluation.Decisions.Select(d => d.CriterionCode), StringComparer.OrdinalIgnoreCase)
            .Concat(criteria.MethodStatements.Select(m => m.Code).Except(evaluation.Scores.Select(s => s.CriterionCode), StringComparer.OrdinalIgnoreCase));

    private IEnumerable<string> Unknown => Given.Except(Expected, StringComparer.OrdinalIgnoreCase);

    public string Message => $"The evaluation must decide every pass/fail criterion and score every method statement of the category, and nothing else; missing: {string.Join(", ", Missing)}; unknown: {string.Join(", ", Unknown)}.";

    public bool IsBroken() => Missing.Any() || Unknown.Any();
}
