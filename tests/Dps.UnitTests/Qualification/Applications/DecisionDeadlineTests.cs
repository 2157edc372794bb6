using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class DecisionDeadlineTests
{
    private const string Justification = "Site visit needed; the registered manager is on leave until January.";

    [Test]
    public void An_extension_moves_the_deadline_to_15_working_days_after_submission_and_keeps_the_justification()
    {
        var application = Applications.Submitted();

        application.ExtendDecisionDeadline(Justification, Applications.Calendar, Applications.ExtendedWorkingDays);

        Assert.That(application.Deadline!.SubmittedOn, Is.EqualTo(Applications.SubmittedOn));
        Assert.That(application.Deadline.DueOn, Is.EqualTo(new DateOnly(2026, 1, 12)));
        Assert.That(application.Deadline.ExtensionJustification, Is.EqualTo(Justification));
        Assert.That(application.Deadline.IsExtended, Is.True);
    }

    [Test]
    public void A_deadline_can_be_extended_while_the_application_is_under_evaluation()
    {
        var application = Applications.Submitted();
        Applications.Evaluate(application, Applications.SenId, Applications.SenPassing);

        application.ExtendDecisionDeadline(Justification, Applications.Calendar, Applications.ExtendedWorkingDays);

        Assert.That(application.Deadline!.DueOn, Is.EqualTo(Applications.ExtendedDueOn));
    }

    [Test]
    public void A_deadline_can_be_extended_only_once()
    {
        var application = Applications.Submitted();
        application.ExtendDecisionDeadline(Justification, Applications.Calendar, Applications.ExtendedWorkingDays);

        var exception = AssertBrokenRule<DecisionDeadlineCanBeExtendedOnceRule>(() =>
            application.ExtendDecisionDeadline("Again", Applications.Calendar, 20));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Deadline!.DueOn, Is.EqualTo(Applications.ExtendedDueOn));
        Assert.That(application.Deadline.ExtensionJustification, Is.EqualTo(Justification));
    }

    [Test]
    public void A_deadline_cannot_be_extended_after_the_decision()
    {
        var application = Applications.Decided();

        var exception = AssertBrokenRule<DecisionDeadlineCanOnlyBeExtendedBeforeTheDecisionRule>(() =>
            application.ExtendDecisionDeadline(Justification, Applications.Calendar, Applications.ExtendedWorkingDays));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Deadline!.DueOn, Is.EqualTo(Applications.DueOn));
    }

    [Test]
    public void A_draft_has_no_deadline_to_extend()
    {
        var application = Applications.Draft();

        AssertBrokenRule<DecisionDeadlineCanOnlyBeExtendedBeforeTheDecisionRule>(() =>
            application.ExtendDecisionDeadline(Justification, Applications.Calendar, Applications.ExtendedWorkingDays));

        Assert.That(application.Deadline, Is.Null);
    }
}
