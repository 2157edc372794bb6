using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Catalogue.IntegrationEvents.Requests;

/// <summary>
/// Asked when a service is awarded (Evaluation, Referral's direct placements): how the category is paid for, so that the
/// award carries it to ContractManagement. Null when the DPS defines no funding model for the category.
/// </summary>
public sealed record FindFundingModel(Guid CategoryId) : IQuery<CategoryFundingModel?>;

/// <summary>
/// The shares of a price (percentages summing to 100) paid at start, at completion and on a job outcome, and what a job
/// outcome is: <paramref name="WeeksInWork"/> in work within <paramref name="TrackingWindowWeeks"/> of completion.
/// </summary>
public sealed record CategoryFundingModel(
    Guid FundingModelId,
    decimal StartSharePercent,
    decimal CompletionSharePercent,
    decimal JobOutcomeSharePercent,
    int WeeksInWork,
    int TrackingWindowWeeks);
