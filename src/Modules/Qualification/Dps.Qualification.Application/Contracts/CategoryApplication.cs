using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Qualification.Application.Contracts;

/// <summary>What an establishment offers one category: its answers, its fixed core costs and its discounts, then the manager's evaluation.</summary>
public sealed record CategoryApplication(
    Guid CategoryId,
    [property: Description("The supplier's answers to the category's criteria, with their evidence references.")] IReadOnlyList<CriterionAnswer> Answers,
    [property: Description("The establishment's price for each of the category's core-cost lines.")] IReadOnlyList<CoreCost> CoreCosts,
    [property: Description("The cohort and sibling discounts it offers (0 when none were given).")] Discounts Discounts,
    [property: Description("The DPS manager's evaluation of the category; null until it is recorded.")] CategoryEvaluation? Evaluation,
    [property: Description("Admitted or rejected, once the application is decided; null until then.")] CategoryOutcome? Outcome)
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
public sealed record CriterionAnswer(
    [property: Description("The code of the pass/fail criterion or method statement answered, e.g. PF-OFSTED.")] string CriterionCode,
    [property: Description("The supplier's answer, up to 20,000 characters.")] string Response,
    [property: Description("References to the evidence supplied, e.g. a document's file name; at most 50.")] IReadOnlyList<string> EvidenceReferences)
    : IRequestContract<Domain.Applications.CriterionAnswer>
{
    public static CriterionAnswer From(Domain.Applications.CriterionAnswer answer) =>
        new(answer.CriterionCode, answer.Response, answer.EvidenceReferences);

    public Domain.Applications.CriterionAnswer ToDomain() => new(CriterionCode, Response, EvidenceReferences);
}

/// <summary>A price for one of the category's core-cost lines.</summary>
public sealed record CoreCost(
    [property: Description("The code of the category's core-cost line priced, e.g. EDUCATION.")] string LineCode,
    [property: Description("The establishment's fixed price for the line, in the scheme's currency (GBP): a bid may lower it, never raise it.")] Money Amount) : IRequestContract<Domain.Applications.CoreCost>
{
    public static CoreCost From(Domain.Applications.CoreCost cost) => new(cost.LineCode, Money.From(cost.Amount));

    public Domain.Applications.CoreCost ToDomain() => new(LineCode, Amount?.ToDomain()!);
}

/// <summary>Percentages taken off for cohort and sibling referrals.</summary>
public sealed record Discounts(
    [property: Description("The percentage (0–100) taken off a bid's price when the referral is for a group of more than one (a cohort placed together).")] decimal CohortPercent,
    [property: Description("The percentage (0–100) offered off for siblings placed together; recorded, but not yet applied to bid prices.")] decimal SiblingPercent) : IRequestContract<Domain.Applications.Discounts>
{
    public static Discounts From(Domain.Applications.Discounts discounts) => new(discounts.CohortPercent, discounts.SiblingPercent);

    public Domain.Applications.Discounts ToDomain() => new(CohortPercent, SiblingPercent);
}

/// <summary>The manager's evaluation of one category: a decision per pass/fail criterion and a 0–100 score per method statement.</summary>
public sealed record CategoryEvaluation(
    [property: Description("A decision for every pass/fail criterion of the category.")] IReadOnlyList<PassFailDecision> Decisions,
    [property: Description("A 0–100 score for every method statement of the category.")] IReadOnlyList<MethodStatementScore> Scores)
{
    [return: NotNullIfNotNull(nameof(evaluation))]
    public static CategoryEvaluation? From(Domain.Applications.CategoryEvaluation? evaluation) => evaluation is null
        ? null
        : new([.. evaluation.Decisions.Select(PassFailDecision.From)], [.. evaluation.Scores.Select(MethodStatementScore.From)]);
}

public sealed record PassFailDecision(
    [property: Description("The code of the pass/fail criterion decided, e.g. PF-OFSTED.")] string CriterionCode,
    [property: Description("Whether the establishment meets the criterion.")] bool Passed,
    [property: Description("The evaluator's note on the decision; null when there is none.")] string? Note) : IRequestContract<Domain.Applications.PassFailDecision>
{
    public static PassFailDecision From(Domain.Applications.PassFailDecision decision) => new(decision.CriterionCode, decision.Passed, decision.Note);

    public Domain.Applications.PassFailDecision ToDomain() => new(CriterionCode, Passed, Note);
}

public sealed record MethodStatementScore(
    [property: Description("The code of the method statement scored, e.g. MS-WORKFORCE.")] string CriterionCode,
    [property: Description("Its score, 0–100; weighted by the statements' weights, the scores make the core competency score.")] int Score) : IRequestContract<Domain.Applications.MethodStatementScore>
{
    public static MethodStatementScore From(Domain.Applications.MethodStatementScore score) => new(score.CriterionCode, score.Score);

    public Domain.Applications.MethodStatementScore ToDomain() => new(CriterionCode, Score);
}

/// <summary>Admitted with a core competency score, or rejected for the failed criteria.</summary>
public sealed record CategoryOutcome(
    [property: Description("Whether the establishment was admitted to the category (it then holds a membership of it).")] bool Admitted,
    [property: Description("The codes of the pass/fail criteria it failed, the reasons for rejection; empty when admitted.")] IReadOnlyList<string> FailedCriteria,
    [property: Description("The weighted total of its method-statement scores (0–100, to 2 decimals); null when rejected.")] decimal? CoreCompetencyScore)
{
    [return: NotNullIfNotNull(nameof(outcome))]
    public static CategoryOutcome? From(Domain.Applications.CategoryOutcome? outcome) =>
        outcome is null ? null : new(outcome.Admitted, outcome.FailedCriteria, outcome.CoreCompetencyScore);
}
