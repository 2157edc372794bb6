using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>
/// What a call-off pays and when: its milestones in order, with amounts that add up to the price, and the job outcome's
/// window. A milestone of 0% in the funding model (Engagement's job outcome) is left out: it is not in the schedule and
/// cannot be claimed.
/// </summary>
internal sealed record MilestoneSchedule(IReadOnlyList<Milestone> Milestones, JobOutcomeWindow JobOutcomeWindow)
{
    public static MilestoneSchedule Of(FundingModel model, Money price)
    {
        var percentages = new[] { model.StartSharePercent, model.CompletionSharePercent, model.JobOutcomeSharePercent };
        var amounts = PriceShares.Split(price, percentages);
        var kinds = new[] { MilestoneKind.Start, MilestoneKind.Completion, MilestoneKind.JobOutcome };
        var milestones = kinds
            .Select((kind, i) => new Milestone(kind, percentages[i], amounts[i]))
            .Where(m => m.SharePercent > 0m)
            .ToList();
        return new MilestoneSchedule(milestones, new JobOutcomeWindow(model.WeeksInWork, model.TrackingWindowWeeks));
    }

    public Milestone? Find(MilestoneKind kind) => Milestones.SingleOrDefault(m => m.Kind == kind);

    public Money Total => Milestones.Select(m => m.Amount).Aggregate((a, b) => a.Add(b));
}
