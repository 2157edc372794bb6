using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Reviews;

public sealed record GetPerformanceReview(Guid ReviewId) : IQuery<PerformanceReviewResponse>;

internal sealed class GetPerformanceReviewHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<GetPerformanceReview, PerformanceReviewResponse>
{
    public async Task<PerformanceReviewResponse> Handle(GetPerformanceReview query, CancellationToken cancellationToken) =>
        PerformanceReviewResponse.From(
            await db.PerformanceReviews.VisibleTo(actor).SingleOrDefaultAsync(r => r.Id == PerformanceReviewId.From(query.ReviewId), cancellationToken)
            ?? throw new NotFoundException("Performance review", query.ReviewId));
}
