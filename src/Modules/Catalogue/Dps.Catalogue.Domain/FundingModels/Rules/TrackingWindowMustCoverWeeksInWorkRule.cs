using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.FundingModels.Rules;

/// <summary>A job outcome's weeks in work must fit in its tracking window (DWP: 4 weeks within 13).</summary>
internal sealed class TrackingWindowMustCoverWeeksInWorkRule(JobOutcomeDefinition jobOutcome) : IBusinessRule
{
    public string Message =>
        $"A tracking window of {jobOutcome.TrackingWindowWeeks} weeks cannot hold {jobOutcome.WeeksInWork} weeks in work.";

    public bool IsBroken() => jobOutcome.TrackingWindowWeeks < jobOutcome.WeeksInWork;
}
