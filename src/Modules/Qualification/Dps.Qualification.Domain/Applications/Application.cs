using Dps.BuildingBlocks.Domain;
using Dps.BuildingBlocks.Domain.Calendar;
using Dps.Qualification.Domain.Applications.Rules;
using Dps.Qualification.Domain.Categories.Criteria;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Domain.Applications;

/// <summary>
/// One establishment's application to one or several categories of a DPS:
/// draft → submitted → under evaluation → admitted | rejected.
/// </summary>
public sealed class Application : AggregateRoot
{
    private Application()
    {
    }

    public ApplicationId Id { get; private set; }

    public Guid SupplierId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public DpsId DpsId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public IReadOnlyList<CategoryApplication> Categories { get; private set; } = [];

    public DecisionDeadline? Deadline { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public static Application Draft(Guid supplierId, Guid establishmentId, DpsId dpsId, IReadOnlyList<CategoryApplication> categories, DateTimeOffset now)
    {
        CheckRule(new ApplicationMustCoverCategoriesOnceRule(categories.Select(c => c.CategoryId).ToList()));
        return new Application
        {
            Id = ApplicationId.New(),
            SupplierId = supplierId,
            EstablishmentId = establishmentId,
            DpsId = dpsId,
            Status = ApplicationStatus.Draft,
            Categories = categories,
            CreatedAt = now,
        };
    }

    public void Revise(IReadOnlyList<CategoryApplication> categories)
    {
        CheckRule(new ApplicationMustBeDraftRule(Status));
        CheckRule(new ApplicationMustCoverCategoriesOnceRule(categories.Select(c => c.CategoryId).ToList()));
        Categories = categories;
    }

    /// <summary>Submits the application; the decision is then due <paramref name="decisionWorkingDays"/> working days later.</summary>
    public void Submit(
        DpsStatus dpsStatus,
        IReadOnlyDictionary<Guid, NamedCriteria> criteriaByCategory,
        string currency,
        WorkingDayCalendar calendar,
        int decisionWorkingDays,
        DateOnly today)
    {
        CheckRule(new ApplicationMustBeDraftRule(Status));
        CheckRule(new DpsMustBeOpenForApplicationsRule(dpsStatus));
        foreach (var category in Categories)
        {
            var (name, criteria) = criteriaByCategory[category.CategoryId];
            CheckRule(new EveryCriterionMustBeAnsweredRule(name, criteria, category.Answers));
            CheckRule(new EveryCoreCostLineMustBePricedRule(name, criteria, category.CoreCosts));
            CheckRule(new CoreCostsMustNotExceedAffordabilityCapRule(name, category.TotalCoreCosts(currency), criteria.AffordabilityCap));
        }

        Status = ApplicationStatus.Submitted;
        Deadline = new DecisionDeadline(today, calendar.AddWorkingDays(today, decisionWorkingDays), null);
    }

    /// <summary>Extends the decision deadline, once, to <paramref name="extendedWorkingDays"/> working days after submission.</summary>
    public void ExtendDecisionDeadline(string justification, WorkingDayCalendar calendar, int extendedWorkingDays)
    {
        CheckRule(new DecisionDeadlineCanOnlyBeExtendedBeforeTheDecisionRule(Status));
        CheckRule(new DecisionDeadlineCanBeExtendedOnceRule(Deadline!));
        Deadline = Deadline! with { DueOn = calendar.AddWorkingDays(Deadline.SubmittedOn, extendedWorkingDays), ExtensionJustification = justification };
    }

    public bool IsOverdueOn(DateOnly today) =>
        Status is ApplicationStatus.Submitted or ApplicationStatus.UnderEvaluation && Deadline!.DueOn < today;

    /// <summary>Records (or corrects, until the decision) the manager's evaluation of one category.</summary>
    public void Evaluate(Guid categoryId, CategoryCriteria criteria, CategoryEvaluation evaluation)
    {
        CheckRule(new ApplicationMustBeSubmittedBeforeEvaluationRule(Status));
        CheckRule(new EvaluationMustCoverEveryCriterionRule(criteria, evaluation));
        CheckRule(new MethodStatementScoresMustBeWithin0To100Rule(evaluation.Scores));
        Categories = Categories.Select(c => c.CategoryId == categoryId ? c with { Evaluation = evaluation } : c).ToList();
        Status = ApplicationStatus.UnderEvaluation;
    }

    /// <summary>
    /// Decides every category: any failed pass/fail criterion rejects it with those criteria as reasons;
    /// otherwise it is admitted with the weighted method-statement total as its core competency score.
    /// </summary>
    public IReadOnlyList<CategoryApplication> Decide(IReadOnlyDictionary<Guid, NamedCriteria> criteriaByCategory, DateTimeOffset now)
    {
        CheckRule(new ApplicationMustBeUnderEvaluationToDecideRule(Status));
        CheckRule(new EveryCategoryMustBeEvaluatedBeforeDecisionRule(Categories));
        Categories = Categories.Select(c => c with { Outcome = OutcomeOf(c.Evaluation!, criteriaByCategory[c.CategoryId].Criteria) }).ToList();
        Status = Categories.Any(c => c.Outcome!.Admitted) ? ApplicationStatus.Admitted : ApplicationStatus.Rejected;
        DecidedAt = now;
        Raise(new ApplicationDecided(Id, SupplierId, EstablishmentId, DpsId, Categories.Where(c => c.Outcome!.Admitted).ToList()));
        return Categories;
    }

    private static CategoryOutcome OutcomeOf(CategoryEvaluation evaluation, CategoryCriteria criteria)
    {
        var failed = evaluation.Decisions.Where(d => !d.Passed).Select(d => d.CriterionCode).ToList();
        return failed.Count > 0
            ? new CategoryOutcome(false, failed, null)
            : new CategoryOutcome(true, [], CoreCompetencyScore.Of(criteria.MethodStatements, evaluation.Scores));
    }
}

/// <summary>A category's name (for messages) and its criteria, as the application is checked against them.</summary>
public sealed record NamedCriteria(string Name, CategoryCriteria Criteria);

public sealed record ApplicationDecided(
    ApplicationId ApplicationId, Guid SupplierId, Guid EstablishmentId, DpsId DpsId, IReadOnlyList<CategoryApplication> AdmittedCategories) : IDomainEvent;
