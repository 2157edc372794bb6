using Dps.Catalogue.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Requests;

internal sealed class FindFundingModelHandler(ICatalogueDb db) : IRequestHandler<FindFundingModel, CategoryFundingModel?>
{
    public async Task<CategoryFundingModel?> Handle(FindFundingModel query, CancellationToken cancellationToken)
    {
        var model = await db.FundingModels.AsNoTracking().SingleOrDefaultAsync(m => m.CategoryId == query.CategoryId, cancellationToken);
        return model is null
            ? null
            : new CategoryFundingModel(
                model.Id.Value,
                model.Shares.AtStart,
                model.Shares.AtCompletion,
                model.Shares.OnJobOutcome,
                model.JobOutcome.WeeksInWork,
                model.JobOutcome.TrackingWindowWeeks);
    }
}
