using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;

namespace Dps.UnitTests.ContractManagement.Payments;

/// <summary>An R2 call-off (20/30/50 of £10,000; 4 weeks in work within 13 weeks) started 4 January 2027.</summary>
internal static class Claims
{
    public static readonly DateOnly StartDate = new(2027, 1, 4);

    /// <summary>The tracking window after this completion runs 1 April to 30 June 2027.</summary>
    public static readonly DateOnly CompletedOn = new(2027, 3, 31);

    public static readonly MilestoneSchedule R2 =
        MilestoneSchedule.Of(new FundingModel(Guid.NewGuid(), 20m, 30m, 50m, 4, 13), new Money(10_000m, "GBP"));

    public static readonly MilestoneSchedule Engagement =
        MilestoneSchedule.Of(new FundingModel(Guid.NewGuid(), 30m, 70m, 0m, 4, 13), new Money(10_000m, "GBP"));

    public static readonly ContractProgress Active = new(ContractStatus.Active, StartDate, null);

    public static readonly ContractProgress Completed = new(ContractStatus.Completed, StartDate, CompletedOn);

    public static readonly ClaimEvidence Evidence = new("Signed start form", "DWP-PRaP-000123");

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public static MilestoneClaim Claim(
        MilestoneKind kind,
        ContractProgress? contract = null,
        DateTimeOffset? at = null,
        DateOnly? inWorkFrom = null,
        IReadOnlyCollection<MilestoneClaim>? earlier = null,
        MilestoneSchedule? schedule = null,
        ClaimEvidence? evidence = null) =>
        MilestoneClaim.Make(default, schedule ?? R2, contract ?? Completed, earlier ?? [], kind, evidence ?? Evidence, inWorkFrom, "supplier-1", at ?? At(2027, 7, 15));
}
