using Dps.BuildingBlocks.Application;
using Dps.Catalogue.Domain.FundingModels;

namespace Dps.Catalogue.Application.FundingModels;

public sealed record FundingModelResponse(
    Guid Id,
    Guid DpsId,
    Guid? CategoryId,
    string? Routeway,
    Contracts.FundingShares Shares,
    Contracts.JobOutcomeDefinition JobOutcome,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
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
