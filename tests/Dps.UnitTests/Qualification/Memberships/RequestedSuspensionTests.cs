using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Memberships.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using ApplicationData = Dps.UnitTests.Qualification.Applications.Applications;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class RequestedSuspensionTests
{
    private static RequestedSuspension Request(string criterion = ApplicationData.Ofsted) =>
        new(Guid.NewGuid(), Guid.NewGuid(), criterion, "Ofsted rating: Inadequate", "OFSTED-1", "buyer-1", Memberships.Now);

    [Test]
    public void A_request_waits_for_the_manager_and_is_recorded_once()
    {
        var membership = Memberships.Granted();
        var request = Request();

        membership.RequestSuspension(request);
        membership.RequestSuspension(request);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(membership.RequestedSuspensions.Single().Outcome, Is.EqualTo(RequestedSuspensionOutcome.Pending));
    }

    [Test]
    public void Confirming_suspends_for_the_request_s_criterion_with_its_evidence_once()
    {
        var membership = Memberships.Granted();
        var request = Request();
        membership.RequestSuspension(request);

        membership.ConfirmRequestedSuspension(request, Memberships.SenPassFailCriteria, Memberships.Manager, Memberships.Now);
        var confirmed = membership.RequestedSuspensions.Single();

        Assert.Multiple(() =>
        {
            Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Suspended));
            Assert.That(membership.Suspension!.FailedCriteria, Is.EqualTo(new[] { ApplicationData.Ofsted }));
            Assert.That(membership.Suspension.Reason, Is.EqualTo("Ofsted rating: Inadequate (reference OFSTED-1)"));
            Assert.That(confirmed.Outcome, Is.EqualTo(RequestedSuspensionOutcome.Confirmed));
            Assert.That(confirmed.DecidedBy, Is.EqualTo(Memberships.Manager));
        });
        AssertBrokenRule<RequestedSuspensionMustBePendingRule>(() => membership.DismissRequestedSuspension(confirmed, "Too late", Memberships.Manager, Memberships.Now));
    }

    [Test]
    public void A_request_naming_no_pass_fail_criterion_of_the_category_is_not_confirmed()
    {
        var membership = Memberships.Granted();
        var request = Request("MS1");
        membership.RequestSuspension(request);

        AssertBrokenRule<SuspensionMustNameFailedPassFailCriteriaRule>(() => membership.ConfirmRequestedSuspension(request, Memberships.SenPassFailCriteria, Memberships.Manager, Memberships.Now));
        Assert.That(membership.RequestedSuspensions.Single().Outcome, Is.EqualTo(RequestedSuspensionOutcome.Pending));
    }

    [Test]
    public void A_dismissed_request_keeps_its_reason_and_the_member_stays_active()
    {
        var membership = Memberships.Granted();
        var request = Request();
        membership.RequestSuspension(request);

        membership.DismissRequestedSuspension(request, "Overturned on appeal", Memberships.Manager, Memberships.Now);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(membership.RequestedSuspensions.Single().DismissalReason, Is.EqualTo("Overturned on appeal"));
    }
}
