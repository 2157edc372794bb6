namespace Dps.Catalogue.Domain.FundingModels;

/// <summary>What counts as a job outcome: <paramref name="WeeksInWork"/> weeks in work within a tracking window of <paramref name="TrackingWindowWeeks"/> weeks.</summary>
public sealed record JobOutcomeDefinition(int WeeksInWork, int TrackingWindowWeeks)
{
    public const int DefaultWeeksInWork = 4;
    public const int DefaultTrackingWindowWeeks = 13;

    /// <summary>DWP's definition: 4 weeks in work within a 13-week tracking window.</summary>
    public static readonly JobOutcomeDefinition Default = new(DefaultWeeksInWork, DefaultTrackingWindowWeeks);
}
