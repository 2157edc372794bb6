using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Memberships.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class AuditTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Test]
    public void An_audit_is_recorded_and_the_next_is_due_12_months_after_it()
    {
        var membership = Memberships.Granted();
        var auditedOn = new DateOnly(2026, 11, 16);

        membership.RecordAudit(auditedOn, true, "All certificates current", Memberships.Manager, Today, Memberships.AuditIntervalMonths);

        Assert.That(membership.Audits, Is.EqualTo(new[] { new MembershipAudit(auditedOn, true, "All certificates current", Memberships.Manager) }));
        Assert.That(membership.AuditDueOn, Is.EqualTo(new DateOnly(2027, 11, 16)));
    }

    [Test]
    public void An_audit_may_be_dated_today()
    {
        var membership = Memberships.Granted();

        membership.RecordAudit(Today, true, null, Memberships.Manager, Today, Memberships.AuditIntervalMonths);

        Assert.That(membership.AuditDueOn, Is.EqualTo(Today.AddMonths(12)));
    }

    [Test]
    public void A_failed_audit_is_recorded_too()
    {
        var membership = Memberships.Granted();

        membership.RecordAudit(Today, false, "Employer's liability insurance lapsed", Memberships.Manager, Today, Memberships.AuditIntervalMonths);

        Assert.That(membership.Audits.Single().Passed, Is.False);
        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active), "Suspension is the manager's separate decision.");
    }

    [Test]
    public void A_suspended_member_is_still_audited()
    {
        var membership = Memberships.Suspended();

        membership.RecordAudit(Today, true, null, Memberships.Manager, Today, Memberships.AuditIntervalMonths);

        Assert.That(membership.Audits, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_audit_cannot_be_dated_in_the_future()
    {
        var membership = Memberships.Granted();

        AssertBrokenRule<AuditCannotBeDatedInTheFutureRule>(() =>
            membership.RecordAudit(Today.AddDays(1), true, null, Memberships.Manager, Today, Memberships.AuditIntervalMonths));

        Assert.That(membership.Audits, Is.Empty);
        Assert.That(membership.AuditDueOn, Is.EqualTo(Memberships.AuditDueOn));
    }

    [Test]
    public void A_removed_member_is_no_longer_audited()
    {
        var membership = Memberships.Granted();
        membership.Remove("Closed the school");

        var exception = AssertBrokenRule<RemovedMembershipCannotChangeRule>(() =>
            membership.RecordAudit(Today, true, null, Memberships.Manager, Today, Memberships.AuditIntervalMonths));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.Audits, Is.Empty);
    }

    [Test]
    public void An_audit_is_overdue_the_day_after_it_is_due_but_not_on_the_day()
    {
        var membership = Memberships.Granted();

        Assert.That(membership.IsAuditOverdueOn(Memberships.AuditDueOn), Is.False);
        Assert.That(membership.IsAuditOverdueOn(Memberships.AuditDueOn.AddDays(1)), Is.True);
    }

    [Test]
    public void A_suspended_member_can_be_overdue_for_audit() =>
        Assert.That(Memberships.Suspended().IsAuditOverdueOn(Memberships.AuditDueOn.AddDays(1)), Is.True);

    [Test]
    public void Recording_an_audit_clears_the_overdue_flag()
    {
        var membership = Memberships.Granted();
        var late = Memberships.AuditDueOn.AddMonths(1);

        membership.RecordAudit(late, true, null, Memberships.Manager, late, Memberships.AuditIntervalMonths);

        Assert.That(membership.IsAuditOverdueOn(late.AddDays(1)), Is.False);
    }

    [Test]
    public void A_removed_member_is_never_overdue_for_audit()
    {
        var membership = Memberships.Granted();
        membership.Remove("Closed the school");

        Assert.That(membership.IsAuditOverdueOn(Memberships.AuditDueOn.AddYears(2)), Is.False);
    }

    [Test]
    public void An_audit_cannot_be_recorded_before_the_last_one()
    {
        var membership = Memberships.Granted();
        membership.RecordAudit(Today, true, null, Memberships.Manager, Today, Memberships.AuditIntervalMonths);

        AssertBrokenRule<AuditMustNotPrecedeTheLastAuditRule>(() =>
            membership.RecordAudit(Today.AddDays(-1), true, null, Memberships.Manager, Today, Memberships.AuditIntervalMonths));

        Assert.That(membership.AuditDueOn, Is.EqualTo(Today.AddMonths(12)));
    }
}
