using Dps.BuildingBlocks.Application.Time;
using Dps.ContractManagement.Application.Publications;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.Reports;

/// <summary>What the benchmarks read of a contract: its parties, award and terms, not its price history or evidence.</summary>
internal sealed record BenchmarkedContract(
    Guid DpsId, Guid CategoryId, Guid AuthorityId, Guid SupplierId, DateTimeOffset AwardedAt, int? Bids, DateTimeOffset? CompetitionOpenedAt, ContractTerms Terms);

/// <summary>One award's facts as the benchmarks weigh them.</summary>
internal sealed record BenchmarkedAward(Guid CategoryId, Guid AuthorityId, string Quarter, decimal? WeeklyPrice, int? Bids, int? WorkingDaysToAward, decimal Value, bool Sme)
{
    public static BenchmarkedAward Of(BenchmarkedContract contract, bool sme, SchemeClock clock)
    {
        var awardedOn = clock.DateOf(contract.AwardedAt);
        int? workingDays = contract.CompetitionOpenedAt is { } opened && clock.DateOf(opened) is var openedOn
            && openedOn <= awardedOn && clock.Calendar.Covers(openedOn) && clock.Calendar.Covers(awardedOn)
            ? clock.Calendar.WorkingDaysBetween(openedOn, awardedOn)
            : null;
        return new BenchmarkedAward(
            contract.CategoryId,
            contract.AuthorityId,
            AwardQuarter.Of(contract.AwardedAt).ToString(),
            contract.Terms.WeeklyEquivalent(),
            contract.Bids,
            workingDays,
            contract.Terms.Value(),
            sme);
    }

    public static BenchmarkFigures FiguresOf(IReadOnlyCollection<BenchmarkedAward> awards)
    {
        var weekly = Quartiles.Of(awards.Where(a => a.WeeklyPrice is not null).Select(a => a.WeeklyPrice!.Value));
        var bids = awards.Where(a => a.Bids is not null).Select(a => (decimal)a.Bids!.Value).ToList();
        var value = awards.Sum(a => a.Value);
        return new BenchmarkFigures(
            awards.Count,
            weekly is null ? null : new Quartiles(Round(weekly.Lower), Round(weekly.Median), Round(weekly.Upper)),
            bids.Count == 0 ? null : Round(bids.Average()),
            Quartiles.MedianOf(awards.Where(a => a.WorkingDaysToAward is not null).Select(a => (decimal)a.WorkingDaysToAward!.Value)),
            awards.Count == 0 ? 0m : Round(100m * awards.Count(a => a.Sme) / awards.Count),
            value == 0m ? 0m : Round(100m * awards.Where(a => a.Sme).Sum(a => a.Value) / value));
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
