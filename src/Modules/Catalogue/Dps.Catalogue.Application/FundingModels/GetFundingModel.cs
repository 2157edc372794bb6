using Dps.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.FundingModels;

public sealed record GetFundingModel(Guid FundingModelId) : IQuery<FundingModelResponse>;

internal sealed class GetFundingModelHandler(ICatalogueDb db) : IRequestHandler<GetFundingModel, FundingModelResponse>
{
    public async Task<FundingModelResponse> Handle(GetFundingModel query, CancellationToken cancellationToken) =>
        FundingModelResponse.From(await db.FundingModels.AsNoTracking().GetAsync(query.FundingModelId, cancellationToken));
}
