using Dps.BuildingBlocks.Domain;
using Dps.BuildingBlocks.Domain.Calendar;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;
using Dps.Qualification.Domain.Categories.Criteria;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.UnitTests.Qualification.Applications;

/// <summary>
/// An establishment's application to two categories, SEN and Residential care, each with two pass/fail criteria, two
/// weighted method statements, SEN-like core-cost lines and an affordability cap; each test changes only what it is about.
/// </summary>
internal static class Applications
{
    public const string Currency = "GBP";
    public const int DecisionWorkingDays = 10;
    public const int ExtendedWorkingDays = 15;

    public static readonly WorkingDayCalendar Calendar = BankHolidayCalendarSource.EnglandAndWales();

    /// <summary>Wednesday 17 December 2025: ten working days later, over Christmas and New Year, is Monday 5 January 2026.</summary>
    public static readonly DateOnly SubmittedOn = new(2025, 12, 17);

    public static readonly DateOnly DueOn = new(2026, 1, 5);

    /// <summary>Fifteen working days after <see cref="SubmittedOn"/>.</summary>
    public static readonly DateOnly ExtendedDueOn = new(2026, 1, 12);

    public static readonly DateTimeOffset DraftedAt = new(2025, 12, 15, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DecidedAt = new(2025, 12, 23, 16, 0, 0, TimeSpan.Zero);

    public static readonly SupplierId SupplierId = SupplierId.From(Guid.Parse("0199a000-0000-7000-8000-000000000001"));
    public static readonly EstablishmentId EstablishmentId = EstablishmentId.From(Guid.Parse("0199a000-0000-7000-8000-000000000002"));
    public static readonly DpsId DpsId = DpsId.From(Guid.Parse("0199a000-0000-7000-8000-000000000003"));
    public static readonly Guid SenId = Guid.Parse("0199a000-0000-7000-8000-000000000010");
    public static readonly Guid ResidentialId = Guid.Parse("0199a000-0000-7000-8000-000000000020");

    public const string Insurance = "PF-INS";
    public const string Ofsted = "PF-OFSTED";
    public const string Safeguarding = "PF-SAFEGUARDING";
    public const string Workforce = "MS-WORKFORCE";
    public const string Outcomes = "MS-OUTCOMES";
    public const string ContractManagement = "MS-CONTRACT";

    /// <summary>The nine SEN core-cost lines.</summary>
    public static readonly IReadOnlyList<CoreCostLine> SenCoreCostLines =
    [
        new("ASSESSMENT", "Assessment"),
        new("PREMISES", "Premises"),
        new("VEHICLES", "Vehicles"),
        new("SUPPLIES", "Supplies and services"),
        new("EDUCATION", "Education / classroom"),
        new("CENTRAL", "Central / organisational"),
        new("STAFFING", "Core staffing"),
        new("STAFF-RELATED", "Staff-related"),
        new("CHILD", "General child costs"),
    ];

    /// <summary>SEN: weights 60/40; nine lines of £800 total £7,200 against a cap of £9,000.</summary>
    public static readonly CategoryCriteria SenCriteria = new(
        [new(Insurance, "Insurances at the category's levels", null), new(Ofsted, "Ofsted rating of Requires improvement or better", null)],
        [new(Workforce, "Workforce", 60), new(Outcomes, "Ability to work to the outcomes framework", 40)],
        [new InsuranceRequirement("Employer's liability", Gbp(5_000_000m))],
        SenCoreCostLines,
        Gbp(9_000m));

    /// <summary>Residential care: weights 50/50; the SEN lines plus residential care, ten lines of £800 against a cap of £12,000.</summary>
    public static readonly CategoryCriteria ResidentialCriteria = new(
        [new(Insurance, "Insurances at the category's levels", null), new(Safeguarding, "Safeguarding and risk", null)],
        [new(Workforce, "Workforce", 50), new(ContractManagement, "Contract management and performance monitoring", 50)],
        [new InsuranceRequirement("Public liability", Gbp(10_000_000m))],
        [.. SenCoreCostLines, new("RESIDENTIAL", "Residential care")],
        Gbp(12_000m));

    public static IReadOnlyDictionary<Guid, NamedCriteria> CriteriaByCategory { get; } = new Dictionary<Guid, NamedCriteria>
    {
        [SenId] = new("SEN", SenCriteria),
        [ResidentialId] = new("Residential care", ResidentialCriteria),
    };

    public static Money Gbp(decimal amount) => new(amount, Currency);

    public static CriterionAnswer AnswerTo(string code, string? response = null) =>
        new(code, response ?? $"How we meet {code}", [$"evidence/{code}.pdf"]);

    public static IReadOnlyList<CriterionAnswer> AnswersTo(CategoryCriteria criteria) => criteria.CriterionCodes.Select(code => AnswerTo(code)).ToList();

    public static IReadOnlyList<CoreCost> CoreCosts(CategoryCriteria criteria, decimal perLine = 800m) =>
        criteria.CoreCostLines.Select(line => new CoreCost(line.Code, Gbp(perLine))).ToList();

    public static CategoryApplication Sen(IReadOnlyList<CriterionAnswer>? answers = null, IReadOnlyList<CoreCost>? coreCosts = null) =>
        new(SenId, answers ?? AnswersTo(SenCriteria), coreCosts ?? CoreCosts(SenCriteria), new Discounts(5m, 10m));

    public static CategoryApplication Residential(IReadOnlyList<CriterionAnswer>? answers = null, IReadOnlyList<CoreCost>? coreCosts = null) =>
        new(ResidentialId, answers ?? AnswersTo(ResidentialCriteria), coreCosts ?? CoreCosts(ResidentialCriteria), Discounts.None);

    /// <summary>A DPS holding both categories, where the establishment is not yet a member and has no other application.</summary>
    public static readonly ApplicationContext Context = new([SenId, ResidentialId], [], false);

    /// <summary>A draft for SEN and Residential care, or for the categories given.</summary>
    public static MembershipApplication Draft(params CategoryApplication[] categories) =>
        MembershipApplication.Draft(SupplierId, EstablishmentId, DpsId, categories.Length == 0 ? [Sen(), Residential()] : categories, Context, DraftedAt);

    public static void Submit(MembershipApplication application, DpsStatus dpsStatus = DpsStatus.Open, DateOnly? on = null) =>
        application.Submit(dpsStatus, CriteriaByCategory, Currency, Calendar, DecisionWorkingDays, on ?? SubmittedOn);

    public static MembershipApplication Submitted(params CategoryApplication[] categories)
    {
        var application = Draft(categories);
        Submit(application);
        return application;
    }

    /// <summary>Every pass/fail criterion passed and the method statements scored in order.</summary>
    public static CategoryEvaluation Passing(CategoryCriteria criteria, params int[] scores) => new(
        criteria.PassFailCriteria.Select(c => new PassFailDecision(c.Code, true, null)).ToList(),
        criteria.MethodStatements.Select((m, i) => new MethodStatementScore(m.Code, scores.Length == 0 ? 50 : scores[i])).ToList());

    /// <summary>The named pass/fail criteria failed, the others passed, every method statement scored 90.</summary>
    public static CategoryEvaluation Failing(CategoryCriteria criteria, params string[] failed) => new(
        criteria.PassFailCriteria.Select(c => new PassFailDecision(c.Code, !failed.Contains(c.Code), failed.Contains(c.Code) ? "Not met" : null)).ToList(),
        criteria.MethodStatements.Select(m => new MethodStatementScore(m.Code, 90)).ToList());

    /// <summary>SEN scored 80 (workforce) and 50 (outcomes): 68.00; Residential care 70 and 90: 80.00.</summary>
    public static readonly CategoryEvaluation SenPassing = Passing(SenCriteria, 80, 50);

    public static readonly CategoryEvaluation ResidentialPassing = Passing(ResidentialCriteria, 70, 90);

    public static void Evaluate(MembershipApplication application, Guid categoryId, CategoryEvaluation evaluation) =>
        application.Evaluate(categoryId, CriteriaByCategory[categoryId].Criteria, evaluation);

    /// <summary>Submitted, then both categories evaluated as <see cref="SenPassing"/> and <see cref="ResidentialPassing"/> unless given.</summary>
    public static MembershipApplication Evaluated(CategoryEvaluation? sen = null, CategoryEvaluation? residential = null)
    {
        var application = Submitted();
        Evaluate(application, SenId, sen ?? SenPassing);
        Evaluate(application, ResidentialId, residential ?? ResidentialPassing);
        return application;
    }

    public static IReadOnlyList<CategoryApplication> Decide(MembershipApplication application) => application.Decide(CriteriaByCategory, DecidedAt);

    public static MembershipApplication Decided(CategoryEvaluation? sen = null, CategoryEvaluation? residential = null)
    {
        var application = Evaluated(sen, residential);
        Decide(application);
        return application;
    }

    public static CategoryApplication Category(this MembershipApplication application, Guid categoryId) => application.Categories.Single(c => c.CategoryId == categoryId);
}
