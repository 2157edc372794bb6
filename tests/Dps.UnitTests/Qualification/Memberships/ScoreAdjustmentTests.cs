using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.Memberships.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Memberships;

public sealed class ScoreAdjustmentTests
{
    private const string Review = "Six-monthly contract review";

    [Test]
    public void A_score_adjusted_up_is_recorded_with_its_previous_and_new_value()
    {
        var membership = Memberships.Granted();
        membership.ClearDomainEvents();

        membership.AdjustScore(4.5m, Review, Memberships.Manager, Memberships.Now);

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(72.50m));
        Assert.That(membership.ScoreAdjustments, Is.EqualTo(new[] { new ScoreAdjustment(68.00m, 72.50m, Review, Memberships.Manager, Memberships.Now) }));
        Assert.That(membership.DomainEvents, Is.EqualTo(new[] { new CoreCompetencyScoreChanged(membership.Id, 68.00m, 72.50m, Review) }));
    }

    [Test]
    public void A_score_adjusted_down_is_recorded_with_its_previous_and_new_value()
    {
        var membership = Memberships.Granted();
        membership.ClearDomainEvents();

        membership.AdjustScore(-10m, Review, Memberships.Manager, Memberships.Now);

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(58.00m));
        Assert.That(membership.ScoreAdjustments.Single(), Is.EqualTo(new ScoreAdjustment(68.00m, 58.00m, Review, Memberships.Manager, Memberships.Now)));
        Assert.That(membership.DomainEvents, Is.EqualTo(new[] { new CoreCompetencyScoreChanged(membership.Id, 68.00m, 58.00m, Review) }));
    }

    [Test]
    public void Successive_adjustments_are_all_kept_in_order()
    {
        var membership = Memberships.Granted();

        membership.AdjustScore(2m, "First review", Memberships.Manager, Memberships.Now);
        membership.AdjustScore(-5m, "Second review", Memberships.Manager, Memberships.Now.AddMonths(6));

        Assert.That(membership.ScoreAdjustments.Select(a => (a.PreviousScore, a.NewScore)), Is.EqualTo(new[] { (68.00m, 70.00m), (70.00m, 65.00m) }));
        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(65.00m));
    }

    [Test]
    public void A_score_may_come_down_to_exactly_0()
    {
        var membership = Memberships.GrantedWithScore(10);

        membership.AdjustScore(-10m, Review, Memberships.Manager, Memberships.Now);

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(0m));
    }

    [Test]
    public void A_score_may_go_up_to_exactly_100()
    {
        var membership = Memberships.GrantedWithScore(90);

        membership.AdjustScore(10m, Review, Memberships.Manager, Memberships.Now);

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(100m));
    }

    [Test]
    public void A_score_cannot_go_below_0()
    {
        var membership = Memberships.GrantedWithScore(10);
        membership.ClearDomainEvents();

        AssertBrokenRule<CoreCompetencyScoreMustStayWithin0To100Rule>(() => membership.AdjustScore(-10.01m, Review, Memberships.Manager, Memberships.Now));

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(10m));
        Assert.That(membership.ScoreAdjustments, Is.Empty);
        Assert.That(membership.DomainEvents, Is.Empty);
    }

    [Test]
    public void A_score_cannot_go_above_100()
    {
        var membership = Memberships.GrantedWithScore(90);

        var exception = AssertBrokenRule<CoreCompetencyScoreMustStayWithin0To100Rule>(() => membership.AdjustScore(10.5m, Review, Memberships.Manager, Memberships.Now));

        Assert.That(exception.Message, Does.Contain("100.5"));
        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(90m));
    }

    [Test]
    public void A_removed_member_s_score_is_no_longer_adjusted()
    {
        var membership = Memberships.Granted();
        membership.Remove("Closed the school");

        var exception = AssertBrokenRule<RemovedMembershipCannotChangeRule>(() => membership.AdjustScore(1m, Review, Memberships.Manager, Memberships.Now));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        Assert.That(membership.ScoreAdjustments, Is.Empty);
    }

    [Test]
    public void A_suspended_member_s_score_can_still_be_adjusted()
    {
        var membership = Memberships.Suspended();

        membership.AdjustScore(-3m, Review, Memberships.Manager, Memberships.Now);

        Assert.That(membership.CoreCompetencyScore, Is.EqualTo(65.00m));
    }
}
