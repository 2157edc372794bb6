using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.ContractManagement.Payments;

public sealed class PriceSharesTests
{
    private static decimal[] Split(decimal price, params decimal[] percentages) =>
        PriceShares.Split(new Money(price, "GBP"), percentages).Select(s => s.Amount).ToArray();

    [TestCase(30, 70, 0, 3000, 7000, 0, TestName = "Engagement 30/70 pays £3,000 and £7,000 and nothing on a job outcome")]
    [TestCase(20, 30, 50, 2000, 3000, 5000, TestName = "R2 20/30/50 pays £2,000, £3,000 and £5,000")]
    [TestCase(10, 30, 60, 1000, 3000, 6000, TestName = "R3 and R4 10/30/60 pay £1,000, £3,000 and £6,000")]
    [TestCase(20, 50, 30, 2000, 5000, 3000, TestName = "R5 20/50/30 pays £2,000, £5,000 and £3,000")]
    public void Ten_thousand_pounds_shares_as_each_DWP_funding_model_says(decimal start, decimal completion, decimal jobOutcome, decimal startFee, decimal completionFee, decimal jobOutcomeFee)
    {
        Assert.That(Split(10_000m, start, completion, jobOutcome), Is.EqualTo(new[] { startFee, completionFee, jobOutcomeFee }));
    }

    [Test]
    public void The_leftover_penny_goes_to_the_share_with_the_largest_fraction_cut_off()
    {
        // 100,001p: 33,330.3333p, 33,330.3333p and 33,340.3334p; the third lost most.
        Assert.That(Split(1_000.01m, 33.33m, 33.33m, 33.34m), Is.EqualTo(new[] { 333.30m, 333.30m, 333.41m }));
    }

    [Test]
    public void Leftover_pennies_go_one_each_by_largest_fraction_not_all_to_one_share()
    {
        // 99,999p: 9,999.9p, 29,999.7p and 59,999.4p, rounded down to 99,997p; the two pennies left go to .9 and .7.
        Assert.That(Split(999.99m, 10m, 30m, 60m), Is.EqualTo(new[] { 100.00m, 300.00m, 599.99m }));
    }

    [Test]
    public void Between_equal_fractions_the_later_share_takes_the_penny()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Split(0.01m, 50m, 50m), Is.EqualTo(new[] { 0.00m, 0.01m }));
            Assert.That(Split(0.02m, 33.33m, 33.33m, 33.34m), Is.EqualTo(new[] { 0.00m, 0.01m, 0.01m }));
        });
    }

    [Test]
    public void A_single_penny_goes_to_the_largest_share()
    {
        Assert.That(Split(0.01m, 10m, 30m, 60m), Is.EqualTo(new[] { 0.00m, 0.00m, 0.01m }));
    }

    [TestCase(1_000.01, 33.33, 33.33, 33.34)]
    [TestCase(0.01, 10, 30, 60)]
    [TestCase(999.99, 10, 30, 60)]
    [TestCase(0.05, 20, 50, 30)]
    [TestCase(12_345.67, 0.01, 99.98, 0.01)]
    [TestCase(7.77, 12.5, 37.5, 50)]
    [TestCase(0, 20, 30, 50)]
    public void Shares_are_whole_pennies_that_add_up_to_the_price_exactly(decimal price, decimal first, decimal second, decimal third)
    {
        var shares = Split(price, first, second, third);

        Assert.Multiple(() =>
        {
            Assert.That(shares.Sum(), Is.EqualTo(price));
            Assert.That(shares, Has.All.Matches<decimal>(s => decimal.Round(s, 2) == s && s >= 0m));
            Assert.That(shares.Select((s, i) => Math.Abs(s - (price * new[] { first, second, third }[i] / 100m))), Has.All.LessThan(0.01m));
        });
    }

    [Test]
    public void A_zero_percent_share_is_nothing_even_when_pennies_are_left_over()
    {
        Assert.That(Split(0.03m, 0m, 50m, 50m), Is.EqualTo(new[] { 0.00m, 0.01m, 0.02m }));
    }

    [Test]
    public void Shares_keep_the_price_s_currency()
    {
        Assert.That(PriceShares.Split(new Money(10m, "EUR"), [50m, 50m]).Select(s => s.Currency), Is.All.EqualTo("EUR"));
    }

    [TestCase(30, 60, 0)]
    [TestCase(30, 70, 0.01)]
    [TestCase(-10, 110, 0)]
    [TestCase(0, 0, 0)]
    public void Percentages_that_do_not_make_a_hundred_are_refused(decimal start, decimal completion, decimal jobOutcome)
    {
        AssertBrokenRule<PriceSharesMustMakeAHundredPercentRule>(() => Split(10_000m, start, completion, jobOutcome));
    }

    [TestCase(100.005)]
    [TestCase(-1)]
    public void A_price_below_zero_or_in_fractions_of_a_penny_is_refused(decimal price)
    {
        AssertBrokenRule<SharedPriceMustBeInWholePenniesRule>(() => Split(price, 50m, 50m));
    }
}
