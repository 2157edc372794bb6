using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Memberships.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class RemovalTests
{
    private const string Reason = "The provider asked to leave the DPS";

    [Test]
    public void A_removed_member_records_why_and_raises_membership_removed()
    {
        var membership = Memberships.Granted();
        membership.ClearDomainEvents();

        membership.Remove(Reason);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Removed));
        Assert.That(membership.RemovalReason, Is.EqualTo(Reason));
        Assert.That(membership.DomainEvents, Is.EqualTo(new[] { new MembershipRemoved(membership.Id, Reason) }));
    }

    [Test]
    public void A_suspended_member_can_be_removed()
    {
        var membership = Memberships.Suspended();

        membership.Remove(Reason);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Removed));
    }

    [Test]
    public void Removal_is_final_a_second_removal_is_refused()
    {
        var membership = Memberships.Granted();
        membership.Remove(Reason);
        membership.ClearDomainEvents();

        var exception = AssertBrokenRule<RemovedMembershipCannotChangeRule>(() => membership.Remove("Again"));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.RemovalReason, Is.EqualTo(Reason));
        Assert.That(membership.DomainEvents, Is.Empty);
    }

    [Test]
    public void A_removed_member_cannot_be_suspended()
    {
        var membership = Memberships.Granted();
        membership.Remove(Reason);

        var exception = AssertBrokenRule<MembershipMustBeActiveToSuspendRule>(() => Memberships.Suspend(membership, [Memberships.SenPassFailCriteria[0]]));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Removed));
    }
}
