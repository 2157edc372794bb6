using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class CoreCompetencyScoreTests
{
    [Test]
    public void The_score_is_the_weighted_total_of_the_method_statement_scores() =>
        Assert.That(Score([60, 40], [80, 50]), Is.EqualTo(68.00m));

    [Test]
    public void The_score_is_kept_to_2_decimals() =>
        Assert.That(Score([33, 33, 34], [70, 80, 91]), Is.EqualTo(80.44m));

    [TestCase(0, 0.00)]
    [TestCase(100, 100.00)]
    public void Scores_all_at_one_end_give_that_end(int score, decimal expected) =>
        Assert.That(Score([33, 33, 34], [score, score, score]), Is.EqualTo(expected));

    [Test]
    public void Scores_match_their_method_statements_by_code_whatever_the_order_or_case()
    {
        MethodStatement[] statements = [new("MS-WORKFORCE", "Workforce", 60), new("MS-OUTCOMES", "Outcomes", 40)];
        MethodStatementScore[] scores = [new("ms-outcomes", 50), new("ms-workforce", 80)];

        Assert.That(CoreCompetencyScore.Of(statements, scores), Is.EqualTo(68.00m));
    }

    private static decimal Score(int[] weights, int[] scores) => CoreCompetencyScore.Of(
        weights.Select((weight, i) => new MethodStatement($"MS{i + 1}", $"Method statement {i + 1}", weight)).ToList(),
        scores.Select((score, i) => new MethodStatementScore($"MS{i + 1}", score)).ToList());
}
