using Dps.BuildingBlocks.Application.Errors;
using Dps.Catalogue.Domain.FundingModels;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.FundingModels;

internal static class FundingModelQueries
{
    public static async Task<FundingModel> GetAsync(this IQueryable<FundingModel> models, Guid id, CancellationToken cancellationToken) =>
        await models.SingleOrDefaultAsync(m => m.Id == FundingModelId.From(id), cancellationToken)
        ?? throw new NotFoundException("Funding model", id);
}
