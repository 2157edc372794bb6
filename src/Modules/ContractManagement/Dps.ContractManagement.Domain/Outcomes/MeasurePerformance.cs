namespace Dps.ContractManagement.Domain.Outcomes;

/// <summary>
/// A measure over a set of completed contracts on one day: a completer is counted once its outcome is reported, or once
/// its reporting window has passed unreported (then as not met); until then it is pending. The percentage is of the
/// counted, to one decimal place (half away from zero), and stands against the measure's expectation.
/// </summary>
internal sealed record MeasurePerformance(OutcomeMeasure Measure, int Completers, int Counted, int Met, decimal? Percent, MeasureStanding Standing)
{
    public int Pending => Completers - Counted;

    public static MeasurePerformance Of(OutcomeMeasure measure, IReadOnlyCollection<MeasuredCompleter> completers, DateOnly today)
    {
        var counted = completers.Where(c => c.Met is not null || today > measure.DueBy(c.CompletedOn)).ToList();
        var met = counted.Count(c => c.Met == true);
        decimal? percent = counted.Count == 0 ? null : Math.Round(met * 100m / counted.Count, 1, MidpointRounding.AwayFromZero);
        return new MeasurePerformance(measure, completers.Count, counted.Count, met, percent, measure.Expectation.StandingOf(percent));
    }
}
