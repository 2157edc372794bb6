using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories.Criteria;

public sealed record GetCategoryCriteria(Guid DpsId, Guid CategoryId) : IQuery<CriteriaResponse>;

internal sealed class GetCategoryCriteriaHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<GetCategoryCriteria, CriteriaResponse>
{
    public async Task<CriteriaResponse> Handle(GetCategoryCriteria query, CancellationToken cancellationToken)
    {
        await db.PurchasingSystems.EnsureVisibleAsync(query.DpsId, actor, cancellationToken);
        return CriteriaResponse.From(await db.Categories.AsNoTracking().GetAsync(query.DpsId, query.CategoryId, cancellationToken));
    }
}
