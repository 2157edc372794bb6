using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments.Rules;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>
/// The periods of a contract priced per week, month or annum (SET placements). Period n runs from the start date plus
/// n − 1 units of the basis to the day before the start plus n units: weeks are 7 days; months and years are calendar
/// ones counted from the start date each time (a start on the 31st begins each period on the 31st, or the last day of a
/// shorter month). The last period is clipped at the contract's end date. A full period costs the price; a clipped one
/// price × its days ÷ the full period's days, rounded to the penny with half a penny rounded up (away from zero).
/// </summary>
internal static class PeriodInvoicing
{
    public static IReadOnlyList<InvoicePeriod> Periods(InvoicingTerms terms)
    {
        RuleCheck.Check(new ContractMustBePricedPerPeriodRule(terms.Basis));
        var periods = new List<InvoicePeriod>();
        for (var n = 1; UnitStart(terms, n) <= terms.EndDate; n++)
        {
            periods.Add(Of(terms, n));
        }

        return periods;
    }

    /// <summary>Period <paramref name="number"/> to invoice: in the term, and not among <paramref name="invoiced"/>.</summary>
    public static InvoicePeriod Invoice(InvoicingTerms terms, int number, IReadOnlyCollection<int> invoiced)
    {
        RuleCheck.Check(new ContractMustBePricedPerPeriodRule(terms.Basis));
        RuleCheck.Check(new InvoicePeriodMustBeInTheTermRule(number, Periods(terms).Count));
        RuleCheck.Check(new PeriodIsInvoicedOnceRule(number, invoiced));
        return Of(terms, number);
    }

    private static InvoicePeriod Of(InvoicingTerms terms, int number)
    {
        var from = UnitStart(terms, number);
        var fullTo = UnitStart(terms, number + 1).AddDays(-1);
        var to = fullTo < terms.EndDate ? fullTo : terms.EndDate;
        var days = to.DayNumber - from.DayNumber + 1;
        var fullDays = fullTo.DayNumber - from.DayNumber + 1;
        var amount = days == fullDays
            ? terms.Price.Amount
            : decimal.Round(terms.Price.Amount * days / fullDays, 2, MidpointRounding.AwayFromZero);
        return new InvoicePeriod(number, from, to, days, fullDays, terms.Price with { Amount = amount });
    }

    private static DateOnly UnitStart(InvoicingTerms terms, int number) => terms.Basis switch
    {
        ContractPriceBasis.Week => terms.StartDate.AddDays(7 * (number - 1)),
        ContractPriceBasis.Month => terms.StartDate.AddMonths(number - 1),
        _ => terms.StartDate.AddYears(number - 1),
    };
}
