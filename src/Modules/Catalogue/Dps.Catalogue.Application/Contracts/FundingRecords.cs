using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Catalogue.Application.Contracts;

/// <summary>The percentages of the price paid at start, at completion and on a job outcome; together 100.</summary>
public sealed record FundingShares(
    [property: Description("The percentage of the price (0–100) paid when the service starts.")] decimal AtStart,
    [property: Description("The percentage of the price (0–100) paid on completion.")] decimal AtCompletion,
    [property: Description("The percentage of the price (0–100) paid on an evidenced job outcome; 0 when the model pays none.")] decimal OnJobOutcome) : IRequestContract<Domain.FundingModels.FundingShares>
{
    /// <summary>The sum of the shares, shown in responses.</summary>
    [Description("The sum of the three shares, in percent: 100 for every funding model accepted.")]
    public decimal Total => AtStart + AtCompletion + OnJobOutcome;

    public static FundingShares From(Domain.FundingModels.FundingShares shares) => new(shares.AtStart, shares.AtCompletion, shares.OnJobOutcome);

    public Domain.FundingModels.FundingShares ToDomain() => new(AtStart, AtCompletion, OnJobOutcome);
}

/// <summary>What counts as a job outcome: weeks in work within a tracking window of weeks.</summary>
public sealed record JobOutcomeDefinition(
    [property: Description("The weeks in work a participant must complete for a job outcome (DWP: 4).")] int WeeksInWork,
    [property: Description("The tracking window, in weeks from the contract's completion, within which those weeks in work must be completed (DWP: 13).")] int TrackingWindowWeeks)
{
    public static JobOutcomeDefinition From(Domain.FundingModels.JobOutcomeDefinition definition) =>
        new(definition.WeeksInWork, definition.TrackingWindowWeeks);
}
