using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Catalogue.Domain.FundingModels;

namespace Dps.Catalogue.Application.FundingModels;

public sealed record FundingModelResponse(
    Guid Id,
    Guid DpsId,
    Guid? CategoryId,
    [property: Description("The routeway the model applies to, e.g. R2; null for a category's model.")] string? Routeway,
    [property: Description("The percentages of the price paid at start, at completion and on a job outcome.")] Contracts.FundingShares Shares,
    [property: Description("What counts as a job outcome: weeks in work within a tracking window.")] Contracts.JobOutcomeDefinition JobOutcome,
    [property: Description("When the DPS manager defined it (UTC).")] DateTimeOffset CreatedAt,
    [property: Description("When its shares and job-outcome definition were last set (UTC).")] DateTimeOffset UpdatedAt,
    uint Version) : IVersioned
{
    public static FundingModelResponse From(FundingModel model) => new(
        model.Id.Value,
        model.DpsId,
        model.CategoryId,
        model.Routeway,
        Contracts.FundingShares.From(model.Shares),
        Contracts.JobOutcomeDefinition.From(model.JobOutcome),
        model.CreatedAt,
        model.UpdatedAt,
        model.Version);
}
