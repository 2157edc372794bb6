using Dps.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories.Criteria;

public sealed record GetCategoryCriteria(Guid DpsId, Guid CategoryId) : IQuery<CriteriaResponse>;

internal sealed class GetCategoryCriteriaHandler(IQualificationDb db) : IRequestHandler<GetCategoryCriteria, CriteriaResponse>
{
    public async Task<CriteriaResponse> Handle(GetCategoryCriteria query, CancellationToken cancellationToken) =>
        CriteriaResponse.From(await db.Categories.AsNoTracking().GetAsync(query.DpsId, query.CategoryId, cancellationToken));
}
