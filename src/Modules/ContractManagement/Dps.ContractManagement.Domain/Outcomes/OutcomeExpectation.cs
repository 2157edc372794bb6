namespace Dps.ContractManagement.Domain.Outcomes;

/// <summary>
/// What the category expects of a measure, as a percentage of the counted completers: at least
/// <paramref name="MinPercent"/> (e.g. 100% with an action plan) and, where a range is set, up to
/// <paramref name="MaxPercent"/> (e.g. 30–60% job outcomes); either may be unset.
/// </summary>
public sealed record OutcomeExpectation(decimal? MinPercent, decimal? MaxPercent)
{
    public MeasureStanding StandingOf(decimal? percent) => percent switch
    {
        null => MeasureStanding.NotMeasured,
        _ when MinPercent is null && MaxPercent is null => MeasureStanding.NoExpectation,
        _ when percent < MinPercent => MeasureStanding.Below,
        _ when percent > MaxPercent => MeasureStanding.Exceeds,
        _ => MeasureStanding.Within,
    };
}
