using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Uplifts;

/// <summary>Agreed uplifts, latest effective date first, optionally of one category.</summary>
public sealed record ListUplifts(Guid? CategoryId, int Page, int PageSize) : IQuery<Paged<UpliftResponse>>, IPagedQuery;

internal sealed class ListUpliftsValidator : AbstractValidator<ListUplifts>
{
    public ListUpliftsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListUpliftsHandler(IContractManagementDb db) : IRequestHandler<ListUplifts, Paged<UpliftResponse>>
{
    public async Task<Paged<UpliftResponse>> Handle(ListUplifts query, CancellationToken cancellationToken)
    {
        var uplifts = db.Uplifts.AsNoTracking();
        if (query.CategoryId is { } categoryId)
        {
            uplifts = uplifts.Where(u => u.CategoryId == categoryId);
        }

        var total = await uplifts.CountAsync(cancellationToken);
        var page = await uplifts.OrderByDescending(u => u.EffectiveFrom).ThenBy(u => u.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<UpliftResponse>([.. page.Select(UpliftResponse.From)], query.Page, query.PageSize, total);
    }
}
