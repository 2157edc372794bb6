using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class MethodStatementScoresMustBeWithin0To100Rule(IReadOnlyList<MethodStatementScore> scores) : IBusinessRule
{
    private IEnumerable<MethodStatementScore> OutOfRange =>
        scores.Where(s => s.Score < CoreCompetencyScore.Minimum || s.Score > CoreCompetencyScore.Maximum);

    public string Message => $"Each method statement is scored from 0 to 100; out of range: {string.Join(", ", OutOfRange.Select(s => $"{s.CriterionCode} {s.Score}"))}.";

    public bool IsBroken() => OutOfRange.Any();
}
