using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Memberships.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using ApplicationData = Dps.UnitTests.Qualification.Applications.Applications;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class ReinstatementTests
{
    private static readonly DateTimeOffset ResubmittedAt = Memberships.Now.AddDays(7);
    private static readonly DateTimeOffset ReEvaluatedAt = Memberships.Now.AddDays(10);

    [Test]
    public void A_suspended_member_resubmits_the_failed_criteria()
    {
        var membership = Memberships.Suspended(ApplicationData.Insurance, ApplicationData.Ofsted);
        var answers = Memberships.NewAnswersTo(ApplicationData.Ofsted, ApplicationData.Insurance);

        membership.ResubmitFailedCriteria(answers, ResubmittedAt);

        Assert.That(membership.Resubmission, Is.EqualTo(new Resubmission(answers, ResubmittedAt)));
        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
    }

    [Test]
    public void Only_a_suspended_member_resubmits()
    {
        var membership = Memberships.Granted();

        var exception = AssertBrokenRule<MembershipMustBeSuspendedForReinstatementRule>(() =>
            membership.ResubmitFailedCriteria(Memberships.NewAnswersTo(ApplicationData.Ofsted), ResubmittedAt));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.Resubmission, Is.Null);
    }

    [Test]
    public void A_resubmission_must_answer_every_failed_criterion()
    {
        var membership = Memberships.Suspended(ApplicationData.Insurance, ApplicationData.Ofsted);

        var exception = AssertBrokenRule<ResubmissionMustAnswerExactlyTheFailedCriteriaRule>(() =>
            membership.ResubmitFailedCriteria(Memberships.NewAnswersTo(ApplicationData.Ofsted), ResubmittedAt));

        Assert.That(exception.Message, Does.Contain(ApplicationData.Insurance).And.Contain(ApplicationData.Ofsted));
        Assert.That(membership.Resubmission, Is.Null);
    }

    [Test]
    public void A_resubmission_must_answer_only_the_failed_criteria()
    {
        var membership = Memberships.Suspended(ApplicationData.Ofsted);

        AssertBrokenRule<ResubmissionMustAnswerExactlyTheFailedCriteriaRule>(() =>
            membership.ResubmitFailedCriteria(Memberships.NewAnswersTo(ApplicationData.Ofsted, ApplicationData.Workforce), ResubmittedAt));
    }

    [Test]
    public void A_resubmission_answers_each_failed_criterion_once()
    {
        var membership = Memberships.Suspended(ApplicationData.Ofsted);

        AssertBrokenRule<ResubmissionMustAnswerExactlyTheFailedCriteriaRule>(() =>
            membership.ResubmitFailedCriteria(Memberships.NewAnswersTo(ApplicationData.Ofsted, ApplicationData.Ofsted), ResubmittedAt));
    }

    [Test]
    public void A_member_whose_failed_criteria_all_pass_is_reinstated_with_the_new_answers_and_everything_else_kept()
    {
        var membership = Memberships.Resubmitted(ApplicationData.Ofsted);
        var kept = membership.Answers.Where(a => a.CriterionCode != ApplicationData.Ofsted).ToList();
        var coreCosts = membership.CoreCosts;
        var newAnswer = membership.Resubmission!.Answers.Single();
        membership.ClearDomainEvents();

        membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(membership.Answers, Is.EquivalentTo(kept.Append(newAnswer)));
        Assert.That(membership.Answers, Has.Count.EqualTo(ApplicationData.SenCriteria.CriterionCodes.Count()));
        Assert.That(membership.CoreCosts, Is.EqualTo(coreCosts));
        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(68.00m));
        Assert.That(membership.Suspension, Is.Null);
        Assert.That(membership.Resubmission, Is.Null);
        Assert.That(membership.DomainEvents, Is.EqualTo(new[] { new MembershipReinstated(membership.Id) }));
    }

    [Test]
    public void A_member_with_a_criterion_still_failing_stays_suspended_for_that_criterion_only()
    {
        var membership = Memberships.Resubmitted(ApplicationData.Insurance, ApplicationData.Ofsted);
        var answers = membership.Answers;
        membership.ClearDomainEvents();

        membership.ReEvaluate(Memberships.Decisions([ApplicationData.Insurance], [ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
        Assert.That(membership.Suspension!.FailedCriteria, Is.EqualTo(new[] { ApplicationData.Ofsted }));
        Assert.That(membership.Suspension.Reason, Is.EqualTo("Ofsted rating fell to Inadequate"));
        Assert.That(membership.Resubmission, Is.Null);
        Assert.That(membership.DomainEvents, Is.Empty);
        Assert.That(membership.Answers.Single(a => a.CriterionCode == ApplicationData.Ofsted), Is.EqualTo(answers.Single(a => a.CriterionCode == ApplicationData.Ofsted)));
        Assert.That(membership.Answers.Single(a => a.CriterionCode == ApplicationData.Insurance).Response, Does.StartWith("Resubmitted"));
    }

    [Test]
    public void A_member_still_failing_resubmits_only_the_criteria_still_failing()
    {
        var membership = Memberships.Resubmitted(ApplicationData.Insurance, ApplicationData.Ofsted);
        membership.ReEvaluate(Memberships.Decisions([ApplicationData.Insurance], [ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt);

        AssertBrokenRule<ResubmissionMustAnswerExactlyTheFailedCriteriaRule>(() =>
            membership.ResubmitFailedCriteria(Memberships.NewAnswersTo(ApplicationData.Insurance, ApplicationData.Ofsted), ResubmittedAt.AddDays(14)));

        membership.ResubmitFailedCriteria(Memberships.NewAnswersTo(ApplicationData.Ofsted), ResubmittedAt.AddDays(14));
        membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt.AddDays(14));

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
    }

    [Test]
    public void A_criterion_that_passed_at_an_earlier_re_evaluation_keeps_its_new_answer_once_reinstated()
    {
        var membership = Memberships.Suspended(ApplicationData.Insurance, ApplicationData.Ofsted);
        var insurance = new CriterionAnswer(ApplicationData.Insurance, "Renewed employer's liability cover, £10m", ["evidence/2026/el-certificate.pdf"]);
        membership.ResubmitFailedCriteria([insurance, .. Memberships.NewAnswersTo(ApplicationData.Ofsted)], ResubmittedAt);
        membership.ReEvaluate(Memberships.Decisions([ApplicationData.Insurance], [ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt);
        var ofsted = Memberships.NewAnswersTo(ApplicationData.Ofsted).Single() with { Response = "Re-inspected: Good" };
        membership.ResubmitFailedCriteria([ofsted], ResubmittedAt.AddDays(30));

        membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt.AddDays(30));

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(membership.Answers.Single(a => a.CriterionCode == ApplicationData.Insurance), Is.EqualTo(insurance));
        Assert.That(membership.Answers.Single(a => a.CriterionCode == ApplicationData.Ofsted), Is.EqualTo(ofsted));
        Assert.That(membership.Answers, Has.Count.EqualTo(ApplicationData.SenCriteria.CriterionCodes.Count()));
    }

    [Test]
    public void A_re_evaluation_needs_a_resubmission()
    {
        var membership = Memberships.Suspended(ApplicationData.Ofsted);

        var exception = AssertBrokenRule<ReinstatementNeedsAResubmissionRule>(() =>
            membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
    }

    [Test]
    public void Only_a_suspended_member_is_re_evaluated()
    {
        var membership = Memberships.Granted();

        var exception = AssertBrokenRule<MembershipMustBeSuspendedForReinstatementRule>(() =>
            membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void A_removed_member_cannot_be_reinstated()
    {
        var membership = Memberships.Resubmitted(ApplicationData.Ofsted);
        membership.Remove("Closed the school");

        AssertBrokenRule<MembershipMustBeSuspendedForReinstatementRule>(() =>
            membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt));

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Removed));
    }

    [Test]
    public void A_re_evaluation_must_decide_every_failed_criterion()
    {
        var membership = Memberships.Resubmitted(ApplicationData.Insurance, ApplicationData.Ofsted);

        AssertBrokenRule<ReEvaluationMustDecideExactlyTheFailedCriteriaRule>(() =>
            membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted]), Memberships.Manager, ReEvaluatedAt));

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
        Assert.That(membership.Resubmission, Is.Not.Null);
    }

    [Test]
    public void A_re_evaluation_must_decide_only_the_failed_criteria()
    {
        var membership = Memberships.Resubmitted(ApplicationData.Ofsted);

        AssertBrokenRule<ReEvaluationMustDecideExactlyTheFailedCriteriaRule>(() =>
            membership.ReEvaluate(Memberships.Decisions([ApplicationData.Ofsted, ApplicationData.Insurance]), Memberships.Manager, ReEvaluatedAt));

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
    }
}
