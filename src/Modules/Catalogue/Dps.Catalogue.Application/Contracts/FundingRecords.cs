using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Catalogue.Application.Contracts;

/// <summary>The percentages of the price paid at start, at completion and on a job outcome; together 100.</summary>
public sealed record FundingShares(decimal AtStart, decimal AtCompletion, decimal OnJobOutcome) : IRequestContract<Domain.FundingModels.FundingShares>
{
    /// <summary>The sum of the shares, shown in responses.</summary>
    public decimal Total => AtStart + AtCompletion + OnJobOutcome;

    public static FundingShares From(Domain.FundingModels.FundingShares shares) => new(shares.AtStart, shares.AtCompletion, shares.OnJobOutcome);

    public Domain.FundingModels.FundingShares ToDomain() => new(AtStart, AtCompletion, OnJobOutcome);
}

/// <summary>What counts as a job outcome: weeks in work within a tracking window of weeks.</summary>
public sealed record JobOutcomeDefinition(int WeeksInWork, int TrackingWindowWeeks)
{
    public static JobOutcomeDefinition From(Domain.FundingModels.JobOutcomeDefinition definition) =>
        new(definition.WeeksInWork, definition.TrackingWindowWeeks);
}
