using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Memberships;
using Dps.UnitTests.Qualification.Applications;
using ApplicationData = Dps.UnitTests.Qualification.Applications.Applications;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class GrantTests
{
    [Test]
    public void An_admitted_category_becomes_an_active_membership_with_its_score_answers_and_core_costs()
    {
        var (application, admitted) = Memberships.AdmittedToSen();

        var membership = Membership.Grant(
            ApplicationData.SupplierId, ApplicationData.EstablishmentId, ApplicationData.DpsId, application.Id, admitted, Memberships.AdmittedOn, 12);

        Assert.That(membership.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(68.00m));
        Assert.That(membership.CategoryId, Is.EqualTo(CategoryId.From(ApplicationData.SenId)));
        Assert.That(membership.ApplicationId, Is.EqualTo(application.Id));
        Assert.That(membership.SupplierId, Is.EqualTo(ApplicationData.SupplierId));
        Assert.That(membership.EstablishmentId, Is.EqualTo(ApplicationData.EstablishmentId));
        Assert.That(membership.DpsId, Is.EqualTo(ApplicationData.DpsId));
        Assert.That(membership.Answers, Is.EqualTo(admitted.Answers));
        Assert.That(membership.CoreCosts, Is.EqualTo(admitted.CoreCosts));
        Assert.That(membership.Discounts, Is.EqualTo(admitted.Discounts));
        Assert.That(membership.AdmittedOn, Is.EqualTo(Memberships.AdmittedOn));
        Assert.That(membership.Suspension, Is.Null);
        Assert.That(membership.Audits, Is.Empty);
        Assert.That(membership.ScoreAdjustments, Is.Empty);
    }

    [Test]
    public void The_first_audit_is_due_12_months_after_admission()
    {
        var membership = Memberships.Granted();

        Assert.That(membership.AuditDueOn, Is.EqualTo(new DateOnly(2027, 1, 5)));
    }

    [Test]
    public void Granting_raises_membership_granted()
    {
        var membership = Memberships.Granted();

        Assert.That(membership.DomainEvents, Is.EqualTo(new[] { new MembershipGranted(membership.Id) }));
    }

    [Test]
    public void The_granted_score_is_the_one_the_decision_gave_the_category()
    {
        var membership = Memberships.Granted(ApplicationData.Passing(ApplicationData.SenCriteria, 95, 40));

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(73.00m));
    }
}
