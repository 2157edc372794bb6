using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.Qualification.Domain.Applications;

/// <summary>The weighted total (0–100) of an establishment's method-statement scores in a category.</summary>
internal static class CoreCompetencyScore
{
    public const decimal Minimum = 0m;
    public const decimal Maximum = 100m;

    public static decimal Of(IReadOnlyList<MethodStatement> methodStatements, IReadOnlyList<MethodStatementScore> scores)
    {
        var weighted = methodStatements.Sum(statement =>
            statement.Weight * scores.Single(s => string.Equals(s.CriterionCode, statement.Code, StringComparison.OrdinalIgnoreCase)).Score);
        return Math.Round(weighted / (decimal)Categories.Rules.MethodStatementWeightsMustSumTo100Rule.TotalWeight, 2);
    }
}
