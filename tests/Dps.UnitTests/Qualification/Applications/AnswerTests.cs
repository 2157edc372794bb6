using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Applications.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class AnswerTests
{
    [Test]
    public void Every_criterion_of_every_category_must_be_answered_before_submission()
    {
        var answers = Applications.AnswersTo(Applications.ResidentialCriteria).Where(a => a.CriterionCode != Applications.Safeguarding).ToList();
        var application = Applications.Draft(Applications.Sen(), Applications.Residential(answers));

        var exception = AssertBrokenRule<EveryCriterionMustBeAnsweredRule>(() => Applications.Submit(application));

        Assert.That(exception.Message, Does.Contain("Residential care").And.Contain(Applications.Safeguarding));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Draft));
    }

    [Test]
    public void A_method_statement_left_unanswered_is_refused()
    {
        var answers = Applications.AnswersTo(Applications.SenCriteria).Where(a => a.CriterionCode != Applications.Outcomes).ToList();

        var exception = AssertBrokenRule<EveryCriterionMustBeAnsweredRule>(() => Applications.Submit(Applications.Draft(Applications.Sen(answers))));

        Assert.That(exception.Message, Does.Contain(Applications.Outcomes));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_answer_is_no_answer(string response)
    {
        var answers = Applications.AnswersTo(Applications.SenCriteria)
            .Select(a => a.CriterionCode == Applications.Ofsted ? a with { Response = response } : a)
            .ToList();

        var exception = AssertBrokenRule<EveryCriterionMustBeAnsweredRule>(() => Applications.Submit(Applications.Draft(Applications.Sen(answers))));

        Assert.That(exception.Message, Does.Contain(Applications.Ofsted));
    }

    [Test]
    public void Answers_match_their_criteria_whatever_the_case_of_the_code()
    {
        var answers = Applications.AnswersTo(Applications.SenCriteria).Select(a => a with { CriterionCode = a.CriterionCode.ToLowerInvariant() }).ToList();
        var application = Applications.Draft(Applications.Sen(answers));

        Applications.Submit(application);

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }
}
