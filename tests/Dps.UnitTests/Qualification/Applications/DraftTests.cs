using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Applications.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class DraftTests
{
    [Test]
    public void A_new_application_is_a_draft_for_each_category_it_names()
    {
        var application = Applications.Draft();

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Draft));
        Assert.That(application.Categories.Select(c => c.CategoryId), Is.EqualTo(new[] { Applications.SenId, Applications.ResidentialId }));
        Assert.That(application.Deadline, Is.Null);
        Assert.That(application.CreatedAt, Is.EqualTo(Applications.DraftedAt));
    }

    [Test]
    public void An_application_must_name_at_least_one_category() =>
        AssertBrokenRule<ApplicationMustCoverCategoriesOnceRule>(() =>
            MembershipApplication.Draft(Applications.SupplierId, Applications.EstablishmentId, Applications.DpsId, [], Applications.Context, Applications.DraftedAt));

    [Test]
    public void An_application_names_each_category_once() =>
        AssertBrokenRule<ApplicationMustCoverCategoriesOnceRule>(() => Applications.Draft(Applications.Sen(), Applications.Sen()));

    [Test]
    public void A_draft_can_be_revised()
    {
        var application = Applications.Draft();

        application.Revise([Applications.Residential()], Applications.Context);

        Assert.That(application.Categories.Select(c => c.CategoryId), Is.EqualTo(new[] { Applications.ResidentialId }));
    }

    [Test]
    public void A_revision_names_each_category_once()
    {
        var application = Applications.Draft();

        AssertBrokenRule<ApplicationMustCoverCategoriesOnceRule>(() => application.Revise([Applications.Sen(), Applications.Sen()], Applications.Context));

        Assert.That(application.Categories, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_submitted_application_can_no_longer_be_revised()
    {
        var application = Applications.Submitted();

        var exception = AssertBrokenRule<ApplicationMustBeDraftRule>(() => application.Revise([Applications.Sen()], Applications.Context));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(application.Categories, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_category_of_another_dps_is_refused() =>
        AssertBrokenRule<CategoriesMustBelongToTheDpsRule>(() => MembershipApplication.Draft(
            Applications.SupplierId, Applications.EstablishmentId, Applications.DpsId, [Applications.Sen()],
            Applications.Context with { CategoriesOfDps = [Applications.ResidentialId] }, Applications.DraftedAt));

    [Test]
    public void A_member_of_a_category_does_not_apply_to_it_again()
    {
        var exception = AssertBrokenRule<NotAlreadyAMemberOfTheCategoryRule>(() => MembershipApplication.Draft(
            Applications.SupplierId, Applications.EstablishmentId, Applications.DpsId, [Applications.Sen()],
            Applications.Context with { MemberOf = [Applications.SenId] }, Applications.DraftedAt));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void An_establishment_has_one_undecided_application_per_dps() =>
        AssertBrokenRule<OneOpenApplicationPerEstablishmentAndDpsRule>(() => MembershipApplication.Draft(
            Applications.SupplierId, Applications.EstablishmentId, Applications.DpsId, [Applications.Sen()],
            Applications.Context with { OpenApplicationExists = true }, Applications.DraftedAt));
}
