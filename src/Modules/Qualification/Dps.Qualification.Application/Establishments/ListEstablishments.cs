using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.Suppliers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Establishments;

public sealed record ListEstablishments(Guid SupplierId, int Page, int PageSize) : IQuery<Paged<EstablishmentResponse>>, IPagedQuery;

internal sealed class ListEstablishmentsValidator : AbstractValidator<ListEstablishments>
{
    public ListEstablishmentsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListEstablishmentsHandler(IQualificationDb db, ICurrentActor actor)
    : IRequestHandler<ListEstablishments, Paged<EstablishmentResponse>>
{
    public async Task<Paged<EstablishmentResponse>> Handle(ListEstablishments query, CancellationToken cancellationToken)
    {
        await db.Suppliers.AsNoTracking().GetReadableAsync(actor, query.SupplierId, cancellationToken);
        return await db.Establishments.AsNoTracking().OfSupplier(query.SupplierId).OrderBy(e => e.Name).ThenBy(e => e.Id)
            .ToPagedAsync(query, EstablishmentResponse.From, cancellationToken);
    }
}
