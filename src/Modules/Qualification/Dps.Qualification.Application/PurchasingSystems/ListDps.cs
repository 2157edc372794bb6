using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>The DPSs the actor may see, by reference; <paramref name="Search"/> matches reference or title.</summary>
public sealed record ListDps(string? Search, int Page, int PageSize) : IQuery<Paged<DpsResponse>>, IPagedQuery;

internal sealed class ListDpsValidator : AbstractValidator<ListDps>
{
    public ListDpsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListDpsHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock) : IRequestHandler<ListDps, Paged<DpsResponse>>
{
    public Task<Paged<DpsResponse>> Handle(ListDps query, CancellationToken cancellationToken)
    {
        var purchasingSystems = db.PurchasingSystems.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLowerInvariant();
            purchasingSystems = purchasingSystems.Where(d => d.Reference.ToLower().Contains(search) || d.Title.ToLower().Contains(search));
        }

        var today = clock.Today;
        return purchasingSystems.OrderBy(d => d.Reference).ToPagedAsync(query, d => DpsResponse.From(d, today), cancellationToken);
    }
}
