using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.ContractManagement.Payments;

public sealed class PeriodInvoicingTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    private static InvoicingTerms Terms(decimal price, ContractPriceBasis basis, DateOnly start, int termWeeks) =>
        new(new Money(price, "GBP"), basis, start, termWeeks);

    private static IReadOnlyList<InvoicePeriod> Periods(decimal price, ContractPriceBasis basis, DateOnly start, int termWeeks) =>
        PeriodInvoicing.Periods(Terms(price, basis, start, termWeeks));

    [Test]
    public void Weekly_periods_are_7_days_from_the_start_and_a_whole_term_costs_price_times_weeks()
    {
        var periods = Periods(3_000m, ContractPriceBasis.Week, Monday, 39);

        Assert.Multiple(() =>
        {
            Assert.That(periods, Has.Count.EqualTo(39));
            Assert.That(periods[0], Is.EqualTo(new InvoicePeriod(1, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 10), 7, 7, new Money(3_000m, "GBP"))));
            Assert.That(periods[^1], Is.EqualTo(new InvoicePeriod(39, new DateOnly(2027, 9, 27), new DateOnly(2027, 10, 3), 7, 7, new Money(3_000m, "GBP"))));
            Assert.That(periods.Sum(p => p.Amount.Amount), Is.EqualTo(117_000m));
        });
    }

    [Test]
    public void The_last_month_is_clipped_at_the_contract_s_end_and_paid_for_its_days()
    {
        // 52 weeks from 4 January 2027 end on 2 January 2028: the 12th month (4 December to 3 January) loses a day.
        var periods = Periods(4_000m, ContractPriceBasis.Month, Monday, 52);

        Assert.Multiple(() =>
        {
            Assert.That(periods, Has.Count.EqualTo(12));
            Assert.That(periods.Take(11).Select(p => (p.Clipped, p.Amount.Amount)), Is.All.EqualTo((false, 4_000m)));
            Assert.That(periods[^1], Is.EqualTo(new InvoicePeriod(12, new DateOnly(2027, 12, 4), new DateOnly(2028, 1, 2), 30, 31, new Money(3_870.97m, "GBP"))));
            Assert.That(periods[^1].Clipped, Is.True);
            Assert.That(periods.Sum(p => p.Amount.Amount), Is.EqualTo((11 * 4_000m) + 3_870.97m));
        });
    }

    [Test]
    public void Months_from_the_31st_start_on_the_31st_or_the_last_day_of_a_shorter_month()
    {
        // 26 weeks from 31 January 2027 end on 31 July 2027.
        var periods = Periods(1_000m, ContractPriceBasis.Month, new DateOnly(2027, 1, 31), 26);

        Assert.Multiple(() =>
        {
            Assert.That(periods.Select(p => p.From), Is.EqualTo(new[]
            {
                new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30),
                new DateOnly(2027, 5, 31), new DateOnly(2027, 6, 30), new DateOnly(2027, 7, 31),
            }));
            Assert.That(periods.Select(p => p.FullDays), Is.EqualTo(new[] { 28, 31, 30, 31, 30, 31, 31 }));
            Assert.That(periods[^1], Is.EqualTo(new InvoicePeriod(7, new DateOnly(2027, 7, 31), new DateOnly(2027, 7, 31), 1, 31, new Money(32.26m, "GBP"))));
            Assert.That(periods.Sum(p => p.Amount.Amount), Is.EqualTo((6 * 1_000m) + 32.26m));
        });
    }

    [Test]
    public void A_short_contract_from_the_31st_is_clipped_in_its_third_month()
    {
        // 9 weeks from 31 January 2027 end on 3 April; the third month runs 31 March to 29 April, 4 of its 30 days used.
        var periods = Periods(1_500m, ContractPriceBasis.Month, new DateOnly(2027, 1, 31), 9);

        Assert.Multiple(() =>
        {
            Assert.That(periods.Select(p => (p.From, p.To)), Is.EqualTo(new[]
            {
                (new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 27)),
                (new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 30)),
                (new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 3)),
            }));
            Assert.That(periods.Select(p => p.Amount.Amount), Is.EqualTo(new[] { 1_500m, 1_500m, 200m }));
        });
    }

    [Test]
    public void Annual_periods_are_calendar_years_and_a_leap_year_has_366_days()
    {
        // 104 weeks from 4 January 2027 end on 31 December 2028: the second year is 363 of 2028's 366 days.
        var periods = Periods(52_000m, ContractPriceBasis.Annum, Monday, 104);

        Assert.Multiple(() =>
        {
            Assert.That(periods, Is.EqualTo(new[]
            {
                new InvoicePeriod(1, new DateOnly(2027, 1, 4), new DateOnly(2028, 1, 3), 365, 365, new Money(52_000m, "GBP")),
                new InvoicePeriod(2, new DateOnly(2028, 1, 4), new DateOnly(2028, 12, 31), 363, 366, new Money(51_573.77m, "GBP")),
            }));
            Assert.That(periods.Sum(p => p.Amount.Amount), Is.EqualTo(103_573.77m));
        });
    }

    [Test]
    public void A_year_s_term_of_52_weeks_is_one_clipped_annual_period()
    {
        var only = Periods(52_000m, ContractPriceBasis.Annum, Monday, 52).Single();

        Assert.That((only.Days, only.FullDays, only.Amount.Amount), Is.EqualTo((364, 365, 51_857.53m)));
    }

    [Test]
    public void Half_a_penny_rounds_up()
    {
        // 14 of February's 28 days of £100.01 is £50.005.
        var only = Periods(100.01m, ContractPriceBasis.Month, new DateOnly(2027, 2, 1), 2).Single();

        Assert.That(only.Amount, Is.EqualTo(new Money(50.01m, "GBP")));
    }

    [TestCase(1, TestName = "Weekly periods cover the term day by day, without gap or overlap")]
    [TestCase(2, TestName = "Monthly periods cover the term day by day, without gap or overlap")]
    [TestCase(3, TestName = "Annual periods cover the term day by day, without gap or overlap")]
    public void Periods_cover_the_term_without_gap_or_overlap(int basis)
    {
        var terms = Terms(1_234.56m, (ContractPriceBasis)basis, new DateOnly(2027, 1, 31), 150);
        var periods = PeriodInvoicing.Periods(terms);

        Assert.Multiple(() =>
        {
            Assert.That(periods[0].From, Is.EqualTo(terms.StartDate));
            Assert.That(periods[^1].To, Is.EqualTo(terms.EndDate));
            Assert.That(periods.Zip(periods.Skip(1)).Select(p => p.Second.From.DayNumber - p.First.To.DayNumber), Is.All.EqualTo(1));
            Assert.That(periods.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, periods.Count)));
            Assert.That(periods.Sum(p => p.Days), Is.EqualTo(150 * 7));
        });
    }

    [Test]
    public void A_period_of_the_term_is_invoiced()
    {
        var terms = Terms(4_000m, ContractPriceBasis.Month, Monday, 52);

        Assert.That(PeriodInvoicing.Invoice(terms, 12, [1, 2, 3]), Is.EqualTo(PeriodInvoicing.Periods(terms)[11]));
    }

    [TestCase(0)]
    [TestCase(13)]
    [TestCase(-1)]
    public void A_period_outside_the_term_is_refused(int number)
    {
        AssertBrokenRule<InvoicePeriodMustBeInTheTermRule>(() => PeriodInvoicing.Invoice(Terms(4_000m, ContractPriceBasis.Month, Monday, 52), number, []));
    }

    [Test]
    public void A_period_is_invoiced_once()
    {
        var refused = AssertBrokenRule<PeriodIsInvoicedOnceRule>(() => PeriodInvoicing.Invoice(Terms(3_000m, ContractPriceBasis.Week, Monday, 39), 5, [4, 5]));

        Assert.That(refused.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void A_price_per_participant_is_not_invoiced_by_period()
    {
        AssertBrokenRule<ContractMustBePricedPerPeriodRule>(() => PeriodInvoicing.Periods(Terms(3_000m, ContractPriceBasis.Participant, Monday, 26)));
        AssertBrokenRule<ContractMustBePricedPerPeriodRule>(() => PeriodInvoicing.Invoice(Terms(3_000m, ContractPriceBasis.Participant, Monday, 26), 1, []));
    }
}
