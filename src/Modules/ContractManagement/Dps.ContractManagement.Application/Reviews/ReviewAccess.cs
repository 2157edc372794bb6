using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Reviews;

/// <summary>Who sees a performance review: the manager and auditors, and the reviewed supplier's staff; anyone else gets 404.</summary>
internal static class ReviewAccess
{
    public static IQueryable<PerformanceReview> VisibleTo(this IQueryable<PerformanceReview> reviews, ICurrentActor actor) =>
        reviews.AsNoTracking().ScopedToOwnSupplier(actor, actor.OverseesAll(), supplierId => r => r.SupplierId == supplierId);
}
