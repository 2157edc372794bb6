using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class EvaluationMustCoverEveryCriterionRule(CategoryCriteria criteria, CategoryEvaluation evaluation) : IBusinessRule
{
    private IEnumerable<string> Decided => evaluation.Decisions.Select(d => d.CriterionCode);

    private IEnumerable<string> Scored => evaluation.Scores.Select(s => s.CriterionCode);

    private IEnumerable<string> PassFail => criteria.PassFailCriteria.Select(c => c.Code);

    private IEnumerable<string> Statements => criteria.MethodStatements.Select(m => m.Code);

    private IEnumerable<string> Missing =>
        PassFail.Except(Decided, StringComparer.OrdinalIgnoreCase).Concat(Statements.Except(Scored, StringComparer.OrdinalIgnoreCase));

    /// <summary>Decisions on anything but a pass/fail criterion of the category, and scores for anything but one of its method statements.</summary>
    private IEnumerable<string> Unknown =>
        Decided.Except(PassFail, StringComparer.OrdinalIgnoreCase).Concat(Scored.Except(Statements, StringComparer.OrdinalIgnoreCase));

    private IEnumerable<string> Repeated =>
        Decided.Concat(Scored).GroupBy(code => code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

    public string Message => $"The evaluation must decide every pass/fail criterion and score every method statement of the category, each once, and nothing else; missing: {string.Join(", ", Missing)}; unknown: {string.Join(", ", Unknown)}; more than once: {string.Join(", ", Repeated)}.";

    public bool IsBroken() => Missing.Any() || Unknown.Any() || Repeated.Any();
}
