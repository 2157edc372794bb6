using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Applications.Rules;
using Dps.Qualification.Domain.PurchasingSystems;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class SubmissionTests
{
    [Test]
    public void A_submitted_application_must_be_decided_within_10_working_days_bank_holidays_excluded()
    {
        var application = Applications.Draft();

        Applications.Submit(application);

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
        Assert.That(application.Deadline, Is.EqualTo(new DecisionDeadline(new DateOnly(2025, 12, 17), new DateOnly(2026, 1, 5), null)));
        Assert.That(application.Deadline!.IsExtended, Is.False);
    }

    [Test]
    public void A_submission_on_a_friday_is_due_two_weeks_later_when_no_holiday_intervenes()
    {
        var application = Applications.Draft();

        Applications.Submit(application, on: new DateOnly(2026, 3, 6));

        Assert.That(application.Deadline!.DueOn, Is.EqualTo(new DateOnly(2026, 3, 20)));
    }

    [Test]
    public void An_application_cannot_be_submitted_twice()
    {
        var application = Applications.Submitted();

        var exception = AssertBrokenRule<ApplicationMustBeDraftRule>(() => Applications.Submit(application, on: Applications.SubmittedOn.AddDays(1)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Deadline!.SubmittedOn, Is.EqualTo(Applications.SubmittedOn));
    }

    [TestCase(DpsStatus.ClosedToNewApplications)]
    [TestCase(DpsStatus.Expired)]
    [TestCase(DpsStatus.NotYetOpen)]
    [TestCase(DpsStatus.Terminated)]
    public void Submission_while_the_dps_is_not_open_is_refused(DpsStatus dpsStatus)
    {
        var application = Applications.Draft();

        var exception = AssertBrokenRule<DpsMustBeOpenForApplicationsRule>(() => Applications.Submit(application, dpsStatus));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(exception.Message, Does.Contain(dpsStatus.ToString()));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Draft));
        Assert.That(application.Deadline, Is.Null);
    }
}
