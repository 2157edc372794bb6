using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Uplifts;

namespace Dps.UnitTests.ContractManagement.Uplifts;

public sealed class UpliftTests
{
    private static readonly Guid Category = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Uplift Agreed(decimal percent, params string[] lines) =>
        Uplift.Agree(false, Category, lines, percent, new DateOnly(2027, 4, 1), "Agreed by the board", "manager-1", Now);

    private static Contract Running(DateOnly start, int termWeeks = 39, Guid? category = null) => Contract.FromAward(
        Guid.NewGuid(),
        category ?? Category,
        new ContractParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
        new ContractAward(Guid.NewGuid(), ContractRoute.Competition, Guid.NewGuid(), Now, null),
        new ContractTerms(
            "WSCC-20260001",
            new Money(3000.01m, "GBP"),
            ContractPriceBasis.Week,
            [new ContractCostLine("STAFFING", "Staffing", new Money(1234.55m, "GBP")), new ContractCostLine("PREMISES", "Premises", new Money(1765.46m, "GBP"))],
            start,
            termWeeks,
            1,
            null),
        Now);

    [Test]
    public void Only_the_named_lines_move_to_the_penny_and_the_price_by_what_they_moved()
    {
        var contract = Running(new DateOnly(2027, 1, 4));

        var price = Agreed(2.5m, "staffing").PriceOf(contract.CurrentPrice)!;

        Assert.Multiple(() =>
        {
            Assert.That(price.CostLines.Select(l => l.Amount.Amount), Is.EqualTo(new[] { 1265.41m, 1765.46m }), "1,234.55 × 1.025 = 1,265.41375");
            Assert.That(price.Price.Amount, Is.EqualTo(3000.01m + (1265.41m - 1234.55m)));
            Assert.That(price.From, Is.EqualTo(new DateOnly(2027, 4, 1)));
        });
    }

    [Test]
    public void A_contract_without_the_named_lines_takes_no_new_price()
    {
        Assert.That(Agreed(2m, "TRANSPORT").PriceOf(Running(new DateOnly(2027, 1, 4)).CurrentPrice), Is.Null);
    }

    [Test]
    public void It_applies_to_active_contracts_of_its_category_started_before_its_date_and_running_on_it()
    {
        var uplift = Agreed(2m, "STAFFING");
        var terminated = Running(new DateOnly(2027, 1, 4));
        terminated.Terminate(new DateOnly(2027, 2, 1), "Moved away", Now);

        Assert.Multiple(() =>
        {
            Assert.That(uplift.AppliesTo(Running(new DateOnly(2027, 1, 4))), Is.True);
            Assert.That(uplift.AppliesTo(Running(new DateOnly(2027, 4, 1))), Is.False, "priced on or after the date");
            Assert.That(uplift.AppliesTo(Running(new DateOnly(2026, 1, 5), termWeeks: 12)), Is.False, "ended before the date");
            Assert.That(uplift.AppliesTo(Running(new DateOnly(2027, 1, 4), category: Guid.NewGuid())), Is.False);
            Assert.That(uplift.AppliesTo(terminated), Is.False);
        });
    }

    [Test]
    public void A_contract_keeps_each_price_it_had()
    {
        var contract = Running(new DateOnly(2027, 1, 4));

        contract.TakeUplift(Agreed(2m, "STAFFING").PriceOf(contract.CurrentPrice)!, Now);

        Assert.That(contract.Prices.Select(p => p.From), Is.EqualTo(new[] { new DateOnly(2027, 1, 4), new DateOnly(2027, 4, 1) }));
        Assert.That(contract.Terms.Price.Amount, Is.EqualTo(3000.01m));
    }

    [Test]
    public void A_second_uplift_for_the_category_and_date_is_refused()
    {
        var refused = Assert.Throws<BusinessRuleValidationException>(() =>
            Uplift.Agree(true, Category, ["STAFFING"], 2m, new DateOnly(2027, 4, 1), "Again", "manager-1", Now));

        Assert.That(refused!.RuleName, Is.EqualTo("OneUpliftPerCategoryAndDate"));
    }
}
