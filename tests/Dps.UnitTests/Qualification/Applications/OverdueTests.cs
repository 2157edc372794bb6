namespace Dps.UnitTests.Qualification.Applications;

public sealed class OverdueTests
{
    [Test]
    public void A_submitted_application_is_overdue_the_day_after_its_deadline()
    {
        var application = Applications.Submitted();

        Assert.That(application.IsOverdueOn(Applications.DueOn.AddDays(1)), Is.True);
    }

    [Test]
    public void An_application_is_not_overdue_on_the_day_it_is_due()
    {
        var application = Applications.Submitted();

        Assert.That(application.IsOverdueOn(Applications.SubmittedOn), Is.False);
        Assert.That(application.IsOverdueOn(Applications.DueOn), Is.False);
    }

    [Test]
    public void An_application_under_evaluation_is_overdue_the_day_after_its_deadline()
    {
        var application = Applications.Submitted();
        Applications.Evaluate(application, Applications.SenId, Applications.SenPassing);

        Assert.That(application.IsOverdueOn(Applications.DueOn), Is.False);
        Assert.That(application.IsOverdueOn(Applications.DueOn.AddDays(1)), Is.True);
    }

    [Test]
    public void An_extended_application_is_overdue_only_after_the_extended_deadline()
    {
        var application = Applications.Submitted();
        application.ExtendDecisionDeadline("Site visit", Applications.Calendar, Applications.ExtendedWorkingDays);

        Assert.That(application.IsOverdueOn(Applications.DueOn.AddDays(1)), Is.False);
        Assert.That(application.IsOverdueOn(Applications.ExtendedDueOn.AddDays(1)), Is.True);
    }

    [Test]
    public void A_decided_application_is_never_overdue()
    {
        var admitted = Applications.Decided();
        var rejected = Applications.Decided(
            Applications.Failing(Applications.SenCriteria, Applications.Ofsted),
            Applications.Failing(Applications.ResidentialCriteria, Applications.Safeguarding));

        Assert.That(admitted.IsOverdueOn(Applications.DueOn.AddYears(1)), Is.False);
        Assert.That(rejected.IsOverdueOn(Applications.DueOn.AddYears(1)), Is.False);
    }

    [Test]
    public void A_draft_is_never_overdue() =>
        Assert.That(Applications.Draft().IsOverdueOn(Applications.DueOn.AddYears(1)), Is.False);
}
