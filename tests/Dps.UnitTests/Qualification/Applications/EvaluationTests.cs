using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Applications.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class EvaluationTests
{
    [Test]
    public void Evaluating_a_category_puts_the_application_under_evaluation_and_records_the_evaluation()
    {
        var application = Applications.Submitted();

        Applications.Evaluate(application, Applications.SenId, Applications.SenPassing);

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.UnderEvaluation));
        Assert.That(application.Category(Applications.SenId).Evaluation, Is.EqualTo(Applications.SenPassing));
        Assert.That(application.Category(Applications.ResidentialId).Evaluation, Is.Null);
    }

    [Test]
    public void A_draft_cannot_be_evaluated()
    {
        var application = Applications.Draft();

        var exception = AssertBrokenRule<ApplicationMustBeSubmittedBeforeEvaluationRule>(() =>
            Applications.Evaluate(application, Applications.SenId, Applications.SenPassing));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Draft));
        Assert.That(application.Category(Applications.SenId).Evaluation, Is.Null);
    }

    [Test]
    public void A_decided_application_cannot_be_evaluated_again()
    {
        var application = Applications.Decided();

        var exception = AssertBrokenRule<ApplicationMustBeSubmittedBeforeEvaluationRule>(() =>
            Applications.Evaluate(application, Applications.SenId, Applications.Failing(Applications.SenCriteria, Applications.Ofsted)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Category(Applications.SenId).Evaluation, Is.EqualTo(Applications.SenPassing));
    }

    [Test]
    public void Re_evaluating_a_category_before_the_decision_replaces_its_evaluation()
    {
        var application = Applications.Submitted();
        Applications.Evaluate(application, Applications.SenId, Applications.SenPassing);
        var corrected = Applications.Passing(Applications.SenCriteria, 100, 100);

        Applications.Evaluate(application, Applications.SenId, corrected);

        Assert.That(application.Category(Applications.SenId).Evaluation, Is.EqualTo(corrected));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.UnderEvaluation));
    }

    [Test]
    public void An_evaluation_must_decide_every_pass_fail_criterion()
    {
        var application = Applications.Submitted();
        var evaluation = Applications.SenPassing with { Decisions = Applications.SenPassing.Decisions.Where(d => d.CriterionCode != Applications.Ofsted).ToList() };

        var exception = AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() => Applications.Evaluate(application, Applications.SenId, evaluation));

        Assert.That(exception.Message, Does.Contain($"missing: {Applications.Ofsted}"));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [Test]
    public void An_evaluation_must_score_every_method_statement()
    {
        var evaluation = Applications.SenPassing with { Scores = [new MethodStatementScore(Applications.Workforce, 80)] };

        var exception = AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() =>
            Applications.Evaluate(Applications.Submitted(), Applications.SenId, evaluation));

        Assert.That(exception.Message, Does.Contain($"missing: {Applications.Outcomes}"));
    }

    [Test]
    public void An_evaluation_must_not_judge_criteria_the_category_does_not_have()
    {
        var evaluation = Applications.SenPassing with
        {
            Decisions = [.. Applications.SenPassing.Decisions, new PassFailDecision(Applications.Safeguarding, true, null)],
        };

        var exception = AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() =>
            Applications.Evaluate(Applications.Submitted(), Applications.SenId, evaluation));

        Assert.That(exception.Message, Does.Contain($"unknown: {Applications.Safeguarding}"));
    }

    [Test]
    public void A_category_is_evaluated_against_its_own_criteria()
    {
        AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() =>
            Applications.Evaluate(Applications.Submitted(), Applications.ResidentialId, Applications.SenPassing));
    }

    [Test]
    public void A_method_statement_cannot_be_decided_as_a_pass_fail_criterion()
    {
        var application = Applications.Submitted();
        var evaluation = Applications.SenPassing with
        {
            Decisions = [.. Applications.SenPassing.Decisions, new PassFailDecision(Applications.Workforce, false, "Weak workforce plan")],
        };

        var exception = AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() => Applications.Evaluate(application, Applications.SenId, evaluation));

        Assert.That(exception.Message, Does.Contain($"unknown: {Applications.Workforce}"));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [Test]
    public void A_pass_fail_criterion_cannot_be_scored_as_a_method_statement()
    {
        var evaluation = Applications.SenPassing with { Scores = [.. Applications.SenPassing.Scores, new MethodStatementScore(Applications.Ofsted, 10)] };

        AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() => Applications.Evaluate(Applications.Submitted(), Applications.SenId, evaluation));
    }

    [Test]
    public void A_criterion_evaluated_twice_is_refused()
    {
        var evaluation = Applications.SenPassing with { Scores = [.. Applications.SenPassing.Scores, new MethodStatementScore("ms-workforce", 20)] };

        var exception = AssertBrokenRule<EvaluationMustCoverEveryCriterionRule>(() =>
            Applications.Evaluate(Applications.Submitted(), Applications.SenId, evaluation));

        Assert.That(exception.Message, Does.Contain($"more than once: {Applications.Workforce}").IgnoreCase);
    }

    [TestCase(-1)]
    [TestCase(101)]
    public void A_method_statement_score_outside_0_to_100_is_refused(int score)
    {
        var application = Applications.Submitted();

        var exception = AssertBrokenRule<MethodStatementScoresMustBeWithin0To100Rule>(() =>
            Applications.Evaluate(application, Applications.SenId, Applications.Passing(Applications.SenCriteria, 80, score)));

        Assert.That(exception.Message, Does.Contain($"{Applications.Outcomes} {score}"));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [TestCase(0)]
    [TestCase(100)]
    public void Method_statement_scores_of_0_and_100_are_accepted(int score)
    {
        var application = Applications.Submitted();

        Applications.Evaluate(application, Applications.SenId, Applications.Passing(Applications.SenCriteria, score, score));

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.UnderEvaluation));
    }
}
