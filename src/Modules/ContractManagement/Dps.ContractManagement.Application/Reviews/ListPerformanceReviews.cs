using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Reviews;

/// <summary>Performance reviews the actor may see, newest first, optionally of one establishment or category.</summary>
public sealed record ListPerformanceReviews(Guid? EstablishmentId, Guid? CategoryId, int Page, int PageSize)
    : IQuery<Paged<PerformanceReviewResponse>>, IPagedQuery;

internal sealed class ListPerformanceReviewsValidator : AbstractValidator<ListPerformanceReviews>
{
    public ListPerformanceReviewsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListPerformanceReviewsHandler(IContractManagementDb db, ICurrentActor actor)
    : IRequestHandler<ListPerformanceReviews, Paged<PerformanceReviewResponse>>
{
    public async Task<Paged<PerformanceReviewResponse>> Handle(ListPerformanceReviews query, CancellationToken cancellationToken)
    {
        var reviews = db.PerformanceReviews.VisibleTo(actor);
        if (query.EstablishmentId is { } establishmentId)
        {
            reviews = reviews.Where(r => r.EstablishmentId == establishmentId);
        }

        if (query.CategoryId is { } categoryId)
        {
            reviews = reviews.Where(r => r.CategoryId == categoryId);
        }

        var total = await reviews.CountAsync(cancellationToken);
        var page = await reviews.OrderByDescending(r => r.ReviewedAt).ThenBy(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<PerformanceReviewResponse>([.. page.Select(PerformanceReviewResponse.From)], query.Page, query.PageSize, total);
    }
}
