using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Applications.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class DecisionTests
{
    [Test]
    public void A_category_passing_every_pass_fail_criterion_is_admitted_with_its_weighted_score()
    {
        var application = Applications.Evaluated();

        var categories = Applications.Decide(application);

        Assert.That(categories, Is.EqualTo(application.Categories));
        Assert.That(application.Category(Applications.SenId).Outcome, Is.EqualTo(new CategoryOutcome(true, [], 68.00m)).Using(new OutcomeComparer()));
        Assert.That(application.Category(Applications.ResidentialId).Outcome!.CoreCompetencyScore, Is.EqualTo(80.00m));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Admitted));
        Assert.That(application.DecidedAt, Is.EqualTo(Applications.DecidedAt));
    }

    [Test]
    public void A_category_failing_a_pass_fail_criterion_is_rejected_for_exactly_the_failed_criteria()
    {
        var application = Applications.Evaluated(sen: Applications.Failing(Applications.SenCriteria, Applications.Insurance, Applications.Ofsted));

        Applications.Decide(application);

        var outcome = application.Category(Applications.SenId).Outcome!;
        Assert.That(outcome.Admitted, Is.False);
        Assert.That(outcome.FailedCriteria, Is.EqualTo(new[] { Applications.Insurance, Applications.Ofsted }));
        Assert.That(outcome.CoreCompetencyScore, Is.Null);
    }

    [Test]
    public void High_method_statement_scores_do_not_save_a_failed_pass_fail_criterion()
    {
        var application = Applications.Evaluated(residential: Applications.Failing(Applications.ResidentialCriteria, Applications.Safeguarding));

        Applications.Decide(application);

        Assert.That(application.Category(Applications.ResidentialId).Outcome!.FailedCriteria, Is.EqualTo(new[] { Applications.Safeguarding }));
        Assert.That(application.Category(Applications.ResidentialId).Outcome!.Admitted, Is.False);
    }

    [Test]
    public void Low_method_statement_scores_never_reject()
    {
        var application = Applications.Evaluated(sen: Applications.Passing(Applications.SenCriteria, 0, 0));

        Applications.Decide(application);

        Assert.That(application.Category(Applications.SenId).Outcome, Is.EqualTo(new CategoryOutcome(true, [], 0m)).Using(new OutcomeComparer()));
    }

    [Test]
    public void An_application_with_one_category_admitted_and_one_rejected_is_admitted()
    {
        var application = Applications.Evaluated(residential: Applications.Failing(Applications.ResidentialCriteria, Applications.Insurance));

        Applications.Decide(application);

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Admitted));
        Assert.That(application.Category(Applications.SenId).Outcome!.Admitted, Is.True);
        Assert.That(application.Category(Applications.ResidentialId).Outcome!.Admitted, Is.False);
    }

    [Test]
    public void An_application_with_every_category_rejected_is_rejected()
    {
        var application = Applications.Evaluated(
            Applications.Failing(Applications.SenCriteria, Applications.Ofsted),
            Applications.Failing(Applications.ResidentialCriteria, Applications.Safeguarding));

        Applications.Decide(application);

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Rejected));
    }

    [Test]
    public void The_decision_raises_one_event_naming_only_the_admitted_categories()
    {
        var application = Applications.Evaluated(residential: Applications.Failing(Applications.ResidentialCriteria, Applications.Insurance));

        Applications.Decide(application);

        var decided = application.DomainEvents.OfType<ApplicationDecided>().Single();
        Assert.That(application.DomainEvents, Has.Count.EqualTo(1));
        Assert.That(decided.ApplicationId, Is.EqualTo(application.Id));
        Assert.That(decided.SupplierId, Is.EqualTo(Applications.SupplierId));
        Assert.That(decided.EstablishmentId, Is.EqualTo(Applications.EstablishmentId));
        Assert.That(decided.DpsId, Is.EqualTo(Applications.DpsId));
        Assert.That(decided.AdmittedCategories.Select(c => c.CategoryId), Is.EqualTo(new[] { Applications.SenId }));
        Assert.That(decided.AdmittedCategories.Single().Outcome!.CoreCompetencyScore, Is.EqualTo(68.00m));
    }

    [Test]
    public void A_rejection_of_every_category_raises_the_event_with_no_admitted_category()
    {
        var application = Applications.Evaluated(
            Applications.Failing(Applications.SenCriteria, Applications.Ofsted),
            Applications.Failing(Applications.ResidentialCriteria, Applications.Safeguarding));

        Applications.Decide(application);

        Assert.That(application.DomainEvents.OfType<ApplicationDecided>().Single().AdmittedCategories, Is.Empty);
    }

    [Test]
    public void Every_category_must_be_evaluated_before_the_decision()
    {
        var application = Applications.Submitted();
        Applications.Evaluate(application, Applications.SenId, Applications.SenPassing);

        var exception = AssertBrokenRule<EveryCategoryMustBeEvaluatedBeforeDecisionRule>(() => Applications.Decide(application));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.UnderEvaluation));
        Assert.That(application.Categories.Select(c => c.Outcome), Is.All.Null);
        Assert.That(application.DomainEvents, Is.Empty);
    }

    [Test]
    public void A_submitted_application_not_yet_evaluated_cannot_be_decided()
    {
        var application = Applications.Submitted();

        var exception = AssertBrokenRule<ApplicationMustBeUnderEvaluationToDecideRule>(() => Applications.Decide(application));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [Test]
    public void An_application_cannot_be_decided_twice()
    {
        var application = Applications.Decided();

        var exception = AssertBrokenRule<ApplicationMustBeUnderEvaluationToDecideRule>(() => application.Decide(Applications.CriteriaByCategory, Applications.DecidedAt.AddDays(1)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.DecidedAt, Is.EqualTo(Applications.DecidedAt));
        Assert.That(application.DomainEvents.OfType<ApplicationDecided>().Count(), Is.EqualTo(1));
    }

    /// <summary>Compares outcomes by value; the record's own equality compares the failed-criteria lists by reference.</summary>
    private sealed class OutcomeComparer : IEqualityComparer<CategoryOutcome>
    {
        public bool Equals(CategoryOutcome? x, CategoryOutcome? y) =>
            x is not null && y is not null && x.Admitted == y.Admitted && x.FailedCriteria.SequenceEqual(y.FailedCriteria) && x.CoreCompetencyScore == y.CoreCompetencyScore;

        public int GetHashCode(CategoryOutcome obj) => obj.Admitted.GetHashCode();
    }
}
