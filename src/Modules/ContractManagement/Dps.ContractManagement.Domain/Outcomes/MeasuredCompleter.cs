namespace Dps.ContractManagement.Domain.Outcomes;

/// <summary>A completed contract as one measure sees it: when it completed, and what was reported (null: nothing yet).</summary>
internal sealed record MeasuredCompleter(DateOnly CompletedOn, bool? Met);
