using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Application.Participants;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.FundingModels;

public sealed record GetFundingModel(Guid FundingModelId) : IQuery<FundingModelResponse>;

internal sealed class GetFundingModelHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<GetFundingModel, FundingModelResponse>
{
    public async Task<FundingModelResponse> Handle(GetFundingModel query, CancellationToken cancellationToken) =>
        FundingModelResponse.From(await db.FundingModels.AsNoTracking()
            .InDpssVisibleTo(actor, db, dpss => m => dpss.Contains(m.DpsId))
            .GetAsync(query.FundingModelId, cancellationToken));
}
