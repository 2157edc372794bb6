using System.Diagnostics.CodeAnalysis;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Qualification.Application.Contracts;

/// <summary>What an establishment offers one category: its answers, its fixed core costs and its discounts, then the manager's evaluation.</summary>
public sealed record CategoryApplication(
    Guid CategoryId,
    IReadOnlyList<CriterionAnswer> Answers,
    IReadOnlyList<CoreCost> CoreCosts,
    Discounts Discounts,
    CategoryEvaluation? Evaluation,
    CategoryOutcome? Outcome)
{
    public static CategoryApplication From(Domain.Applications.CategoryApplication category) => new(
        category.CategoryId,
        [.. category.Answers.Select(CriterionAnswer.From)],
        [.. category.CoreCosts.Select(CoreCost.From)],
        Discounts.From(category.Discounts),
        CategoryEvaluation.From(category.Evaluation),
        CategoryOutcome.From(category.Outcome));
}

/// <summary>The answer to one criterion (pass/fail or method statement), with references to the evidence supplied.</summary>
public sealed record CriterionAnswer(string CriterionCode, string Response, IReadOnlyList<string> EvidenceReferences)
    : IRequestContract<Domain.Applications.CriterionAnswer>
{
    public static CriterionAnswer From(Domain.Applications.CriterionAnswer answer) =>
        new(answer.CriterionCode, answer.Response, answer.EvidenceReferences);

    public Domain.Applications.CriterionAnswer ToDomain() => new(CriterionCode, Response, EvidenceReferences);
}

/// <summary>A price for one of the category's core-cost lines.</summary>
public sealed record CoreCost(string LineCode, Money Amount) : IRequestContract<Domain.Applications.CoreCost>
{
    public static CoreCost From(Domain.Applications.CoreCost cost) => new(cost.LineCode, Money.From(cost.Amount));

    public Domain.Applications.CoreCost ToDomain() => new(LineCode, Amount?.ToDomain()!);
}

/// <summary>Percentages taken off for cohort and sibling referrals.</summary>
public sealed record Discounts(decimal CohortPercent, decimal SiblingPercent) : IRequestContract<Domain.Applications.Discounts>
{
    public static Discounts From(Domain.Applications.Discounts discounts) => new(discounts.CohortPercent, discounts.SiblingPercent);

    public Domain.Applications.Discounts ToDomain() => new(CohortPercent, SiblingPercent);
}

/// <summary>The manager's evaluation of one category: a decision per pass/fail criterion and a 0–100 score per method statement.</summary>
public sealed record CategoryEvaluation(IReadOnlyList<PassFailDecision> Decisions, IReadOnlyList<MethodStatementScore> Scores)
{
    [return: NotNullIfNotNull(nameof(evaluation))]
    public static CategoryEvaluation? From(Domain.Applications.CategoryEvaluation? evaluation) => evaluation is null
        ? null
        : new([.. evaluation.Decisions.Select(PassFailDecision.From)], [.. evaluation.Scores.Select(MethodStatementScore.From)]);
}

public sealed record PassFailDecision(string CriterionCode, bool Passed, string? Note) : IRequestContract<Domain.Applications.PassFailDecision>
{
    public static PassFailDecision From(Domain.Applications.PassFailDecision decision) => new(decision.CriterionCode, decision.Passed, decision.Note);

    public Domain.Applications.PassFailDecision ToDomain() => new(CriterionCode, Passed, Note);
}

public sealed record MethodStatementScore(string CriterionCode, int Score) : IRequestContract<Domain.Applications.MethodStatementScore>
{
    public static MethodStatementScore From(Domain.Applications.MethodStatementScore score) => new(score.CriterionCode, score.Score);

    public Domain.Applications.MethodStatementScore ToDomain() => new(CriterionCode, Score);
}

/// <summary>Admitted with a core competency score, or rejected for the failed criteria.</summary>
public sealed record CategoryOutcome(bool Admitted, IReadOnlyList<string> FailedCriteria, decimal? CoreCompetencyScore)
{
    [return: NotNullIfNotNull(nameof(outcome))]
    public static CategoryOutcome? From(Domain.Applications.CategoryOutcome? outcome) =>
        outcome is null ? null : new(outcome.Admitted, outcome.FailedCriteria, outcome.CoreCompetencyScore);
}
