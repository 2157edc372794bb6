namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>
/// How a call-off is paid (DWP): percentages of the price at start, at completion and on a job outcome, which is
/// <paramref name="WeeksInWork"/> in work within <paramref name="TrackingWindowWeeks"/> of completion.
/// </summary>
public sealed record FundingModel(
    Guid FundingModelId,
    decimal StartSharePercent,
    decimal CompletionSharePercent,
    decimal JobOutcomeSharePercent,
    int WeeksInWork,
    int TrackingWindowWeeks);
