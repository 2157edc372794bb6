using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Suppliers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Suppliers;

/// <summary>Suppliers by name; a supplier sees only its own organisation. <paramref name="Search"/> matches the name.</summary>
public sealed record ListSuppliers(string? Search, int Page, int PageSize) : IQuery<Paged<SupplierResponse>>, IPagedQuery;

internal sealed class ListSuppliersValidator : AbstractValidator<ListSuppliers>
{
    public ListSuppliersValidator() => Include(PagingRules.Instance);
}

internal sealed class ListSuppliersHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<ListSuppliers, Paged<SupplierResponse>>
{
    public Task<Paged<SupplierResponse>> Handle(ListSuppliers query, CancellationToken cancellationToken)
    {
        var suppliers = db.Suppliers.AsNoTracking()
            .ScopedToOwnSupplier(actor, seesAll: actor.OverseesAll(), id => s => s.Id == SupplierId.From(id));

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLowerInvariant();
            suppliers = suppliers.Where(s => s.Name.ToLower().Contains(search));
        }

        return suppliers.OrderBy(s => s.Name).ThenBy(s => s.Id).ToPagedAsync(query, SupplierResponse.From, cancellationToken);
    }
}
