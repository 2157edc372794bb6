using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Memberships.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using ApplicationData = Dps.UnitTests.Qualification.Applications.Applications;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class SuspensionTests
{
    [Test]
    public void A_suspended_member_sees_which_criteria_it_failed_and_why()
    {
        var membership = Memberships.Granted();
        membership.ClearDomainEvents();

        membership.Suspend([ApplicationData.Ofsted], Memberships.SenPassFailCriteria, "Ofsted rating fell to Inadequate", Memberships.Manager, Memberships.Now);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
        Assert.That(membership.Suspension!.FailedCriteria, Is.EqualTo(new[] { ApplicationData.Ofsted }));
        Assert.That(membership.Suspension.Reason, Is.EqualTo("Ofsted rating fell to Inadequate"));
        Assert.That(membership.Suspension.SuspendedBy, Is.EqualTo(Memberships.Manager));
        Assert.That(membership.Suspension.SuspendedAt, Is.EqualTo(Memberships.Now));
        Assert.That(membership.Resubmission, Is.Null);
    }

    [Test]
    public void Suspension_raises_membership_suspended_with_the_failed_criteria_and_reason()
    {
        var membership = Memberships.Granted();
        membership.ClearDomainEvents();

        Memberships.Suspend(membership, [ApplicationData.Insurance, ApplicationData.Ofsted]);

        var suspended = membership.DomainEvents.OfType<MembershipSuspended>().Single();
        Assert.That(membership.DomainEvents, Has.Count.EqualTo(1));
        Assert.That(suspended.MembershipId, Is.EqualTo(membership.Id));
        Assert.That(suspended.FailedCriteria, Is.EqualTo(new[] { ApplicationData.Insurance, ApplicationData.Ofsted }));
        Assert.That(suspended.Reason, Is.EqualTo("Ofsted rating fell to Inadequate"));
    }

    [Test]
    public void Suspension_keeps_everything_the_admission_rests_on()
    {
        var membership = Memberships.Granted();
        var answers = membership.Answers;
        var coreCosts = membership.CoreCosts;

        Memberships.Suspend(membership, [ApplicationData.Ofsted]);

        Assert.That(membership.Answers, Is.EqualTo(answers));
        Assert.That(membership.CoreCosts, Is.EqualTo(coreCosts));
        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(68.00m));
    }

    [Test]
    public void Only_an_active_member_can_be_suspended()
    {
        var membership = Memberships.Suspended(ApplicationData.Ofsted);
        membership.ClearDomainEvents();

        var exception = AssertBrokenRule<MembershipMustBeActiveToSuspendRule>(() => Memberships.Suspend(membership, [ApplicationData.Insurance]));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.Suspension!.FailedCriteria, Is.EqualTo(new[] { ApplicationData.Ofsted }));
        Assert.That(membership.DomainEvents, Is.Empty);
    }

    [Test]
    public void A_suspension_must_name_at_least_one_failed_criterion()
    {
        var membership = Memberships.Granted();

        AssertBrokenRule<SuspensionMustNameFailedPassFailCriteriaRule>(() => Memberships.Suspend(membership, []));

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(membership.Suspension, Is.Null);
    }

    [Test]
    public void A_suspension_cannot_name_a_criterion_the_category_does_not_have()
    {
        var membership = Memberships.Granted();

        var exception = AssertBrokenRule<SuspensionMustNameFailedPassFailCriteriaRule>(() =>
            Memberships.Suspend(membership, [ApplicationData.Ofsted, ApplicationData.Safeguarding]));

        Assert.That(exception.Message, Does.Contain(ApplicationData.Safeguarding));
        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
    }

    [Test]
    public void A_method_statement_is_no_ground_for_suspension() =>
        AssertBrokenRule<SuspensionMustNameFailedPassFailCriteriaRule>(() => Memberships.Suspend(Memberships.Granted(), [ApplicationData.Workforce]));

    [Test]
    public void Failed_criteria_match_the_category_s_whatever_their_case()
    {
        var membership = Memberships.Granted();

        Memberships.Suspend(membership, ["pf-ofsted"]);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
    }
}
