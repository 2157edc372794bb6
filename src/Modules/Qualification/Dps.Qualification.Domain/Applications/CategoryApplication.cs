using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications;

/// <summary>What an establishment offers one category: its answers, its fixed core costs and its discounts, then the manager's evaluation.</summary>
public sealed record CategoryApplication(
    Guid CategoryId,
    IReadOnlyList<CriterionAnswer> Answers,
    IReadOnlyList<CoreCost> CoreCosts,
    Discounts Discounts,
    CategoryEvaluation? Evaluation = null,
    CategoryOutcome? Outcome = null)
{
    public Money TotalCoreCosts(string currency) => CoreCosts.Aggregate(Money.Zero(currency), (total, cost) => total.Add(cost.Amount));
}

/// <summary>The answer to one criterion (pass/fail or method statement), with references to the evidence supplied.</summary>
public sealed record CriterionAnswer(string CriterionCode, string Response, IReadOnlyList<string> EvidenceReferences);

/// <summary>A price for one of the category's core-cost lines; referrals may lower it, never raise it.</summary>
public sealed record CoreCost(string LineCode, Money Amount);

/// <summary>Percentages taken off for cohort (several children placed together) and sibling referrals.</summary>
public sealed record Discounts(decimal CohortPercent, decimal SiblingPercent)
{
    public static readonly Discounts None = new(0m, 0m);
}

/// <summary>The manager's evaluation of one category: a decision per pass/fail criterion and a 0–100 score per method statement.</summary>
public sealed record CategoryEvaluation(IReadOnlyList<PassFailDecision> Decisions, IReadOnlyList<MethodStatementScore> Scores);

public sealed record PassFailDecision(string CriterionCode, bool Passed, string? Note);

public sealed record MethodStatementScore(string CriterionCode, int Score);

/// <summary>Admitted with a core competency score, or rejected for the failed criteria.</summary>
public sealed record CategoryOutcome(bool Admitted, IReadOnlyList<string> FailedCriteria, decimal? CoreCompetencyScore);
