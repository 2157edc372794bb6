using Dps.Qualification.Domain.Suppliers;
using Dps.Qualification.Domain.Establishments;
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
public sealed class MembershipApplication : AggregateRoot
{
    private MembershipApplication()
    {
    }

    public MembershipApplicationId Id { get; private set; }

    public SupplierId SupplierId { get; private set; }

    public EstablishmentId EstablishmentId { get; private set; }

    public DpsId DpsId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public IReadOnlyList<CategoryApplication> Categories { get; private set; } = [];

    public DateOnly? SubmittedOn { get; private set; }

    /// <summary>Stored on its own so overdue applications can be found by query.</summary>
    public DateOnly? DecisionDueOn { get; private set; }

    public string? DeadlineExtensionJustification { get; private set; }

    public DecisionDeadline? Deadline => SubmittedOn is { } submittedOn
        ? new DecisionDeadline(submittedOn, DecisionDueOn!.Value, DeadlineExtensionJustification)
        : null;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public static MembershipApplication Draft(
        SupplierId supplierId,
        EstablishmentId establishmentId,
        DpsId dpsId,
        IReadOnlyList<CategoryApplication> categories,
        ApplicationContext context,
        DateTimeOffset now)
    {
        var requested = categories.Select(c => c.CategoryId).ToList();
        CheckRule(new ApplicationMustCoverCategoriesOnceRule(requested));
        CheckRule(new CategoriesMustBelongToTheDpsRule(requested, context.CategoriesOfDps));
        CheckRule(new NotAlreadyAMemberOfTheCategoryRule(context.MemberOf, requested));
        CheckRule(new OneOpenApplicationPerEstablishmentAndDpsRule(context.OpenApplicationExists));
        return new MembershipApplication
        {
            Id = MembershipApplicationId.New(),
            SupplierId = supplierId,
            EstablishmentId = establishmentId,
            DpsId = dpsId,
            Status = ApplicationStatus.Draft,
            Categories = categories,
            CreatedAt = now,
        };
    }

    public void Revise(IReadOnlyList<CategoryApplication> categories, ApplicationContext context)
    {
        var requested = categories.Select(c => c.CategoryId).ToList();
        CheckRule(new ApplicationMustBeDraftRule(Status));
        CheckRule(new ApplicationMustCoverCategoriesOnceRule(requested));
        CheckRule(new CategoriesMustBelongToTheDpsRule(requested, context.CategoriesOfDps));
        CheckRule(new NotAlreadyAMemberOfTheCategoryRule(context.MemberOf, requested));
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
            CheckRule(new CoreCostsMustBeInTheSchemeCurrencyRule(name, category.CoreCosts, currency));
            CheckRule(new CoreCostsMustNotExceedAffordabilityCapRule(name, category.TotalCoreCosts(currency), criteria.AffordabilityCap));
        }

        Status = ApplicationStatus.Submitted;
        SubmittedOn = today;
        DecisionDueOn = calendar.AddWorkingDays(today, decisionWorkingDays);
    }

    /// <summary>Extends the decision deadline, once, to <paramref name="extendedWorkingDays"/> working days after submission.</summary>
    public void ExtendDecisionDeadline(string justification, WorkingDayCalendar calendar, int extendedWorkingDays)
    {
        CheckRule(new DecisionDeadlineCanOnlyBeExtendedBeforeTheDecisionRule(Status));
        CheckRule(new DecisionDeadlineCanBeExtendedOnceRule(Deadline!));
        DecisionDueOn = calendar.AddWorkingDays(SubmittedOn!.Value, extendedWorkingDays);
        DeadlineExtensionJustification = justification;
    }

    public bool IsOverdueOn(DateOnly today) =>
        Status is ApplicationStatus.Submitted or ApplicationStatus.UnderEvaluation && DecisionDueOn < today;

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

/// <summary>What an application is checked against when drafted: the DPS's categories, the establishment's memberships and open applications.</summary>
public sealed record ApplicationContext(IReadOnlyCollection<Guid> CategoriesOfDps, IReadOnlyCollection<Guid> MemberOf, bool OpenApplicationExists);

/// <summary>A category's name (for messages) and its criteria, as the application is checked against them.</summary>
public sealed record NamedCriteria(string Name, CategoryCriteria Criteria);

internal sealed record ApplicationDecided(
    MembershipApplicationId ApplicationId, SupplierId SupplierId, EstablishmentId EstablishmentId, DpsId DpsId, IReadOnlyList<CategoryApplication> AdmittedCategories) : IDomainEvent;
