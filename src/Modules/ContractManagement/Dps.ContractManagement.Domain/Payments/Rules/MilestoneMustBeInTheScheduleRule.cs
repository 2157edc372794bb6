using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>Only the milestones of the funding model are claimed; a 0% milestone is not in the schedule.</summary>
internal sealed class MilestoneMustBeInTheScheduleRule(MilestoneSchedule schedule, MilestoneKind kind) : IBusinessRule
{
    public string Message => $"The contract's funding model pays nothing on {kind}: it pays on {string.Join(", ", schedule.Milestones.Select(m => m.Kind))}.";

    public bool IsBroken() => schedule.Find(kind) is null;
}
