using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.Clarifications.Rules;
using Dps.Referral.Domain.Referrals.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.Referral.ClarificationReferrals;

namespace Dps.UnitTests.Referral;

public sealed class ClarificationTests
{
    [Test]
    public void An_invitee_asks_while_the_referral_takes_responses()
    {
        var question = Asked(Published());

        Assert.That(question.Question, Is.EqualTo("Is transport included?"));
        Assert.That(question.AnsweredAt, Is.Null);
    }

    [Test]
    public void Nobody_asks_about_a_draft()
    {
        AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(() => Asked(Draft()));
    }

    [Test]
    public void Nobody_asks_after_the_response_deadline()
    {
        var referral = Published(deadline: Now.AddDays(11));

        AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(
            () => Clarification.Ask(referral, Guid.NewGuid(), null, null, "Too late?", Now.AddDays(11)));
    }

    [Test]
    public void Nobody_asks_about_a_cancelled_referral()
    {
        var referral = Published();
        referral.Cancel("No longer needed", Now);

        AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(() => Asked(referral));
    }

    [Test]
    public void A_question_is_answered_once()
    {
        var referral = Published();
        var question = Asked(referral);
        question.Reply(referral, "Yes, home to school.", AnswerVisibility.Public, Now.AddHours(2));

        var broken = AssertBrokenRule<ClarificationMayBeAnsweredOnceRule>(
            () => question.Reply(referral, "Actually, no.", AnswerVisibility.Private, Now.AddHours(3)));

        Assert.That(broken.Message, Does.Contain("already answered"));
        Assert.That((question.Answer, question.Visibility), Is.EqualTo(("Yes, home to school.", (AnswerVisibility?)AnswerVisibility.Public)));
    }

    [Test]
    public void A_question_may_be_answered_after_the_deadline_until_the_referral_is_finished()
    {
        var referral = Published(deadline: Now.AddDays(11));
        var question = Asked(referral);

        question.Reply(referral, "Late, but answered.", AnswerVisibility.Private, Now.AddDays(12));

        Assert.That(question.AnsweredAt, Is.EqualTo(Now.AddDays(12)));
    }

    [Test]
    public void A_cancelled_referral_takes_no_answers()
    {
        var referral = Published();
        var question = Asked(referral);
        referral.Cancel("No longer needed", Now.AddHours(2));

        AssertBrokenRule<ReferralMustNotBeFinishedRule>(() => question.Reply(referral, "Too late.", AnswerVisibility.Public, Now.AddHours(3)));
    }
}
