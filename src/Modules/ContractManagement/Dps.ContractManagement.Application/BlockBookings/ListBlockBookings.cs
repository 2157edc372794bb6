using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.BlockBookings;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>
/// Block bookings the actor may see, latest start first, optionally of one category, supplier, establishment or origin,
/// only those running on a day, or only those with a free place.
/// </summary>
public sealed record ListBlockBookings(
    Guid? CategoryId, Guid? SupplierId, Guid? EstablishmentId, BlockBookingOrigin? Origin, DateOnly? RunningOn, bool? HasFreePlaces, int Page, int PageSize)
    : IQuery<Paged<BlockBookingResponse>>, IPagedQuery;

internal sealed class ListBlockBookingsValidator : AbstractValidator<ListBlockBookings>
{
    public ListBlockBookingsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListBlockBookingsHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<ListBlockBookings, Paged<BlockBookingResponse>>
{
    public async Task<Paged<BlockBookingResponse>> Handle(ListBlockBookings query, CancellationToken cancellationToken)
    {
        var blocks = db.VisibleTo(actor);
        if (query.CategoryId is { } categoryId)
        {
            blocks = blocks.Where(b => b.CategoryId == categoryId);
        }

        if (query.SupplierId is { } supplierId)
        {
            blocks = blocks.Where(b => b.SupplierId == supplierId);
        }

        if (query.EstablishmentId is { } establishmentId)
        {
            blocks = blocks.Where(b => b.EstablishmentId == establishmentId);
        }

        if (query.Origin is { } origin)
        {
            blocks = blocks.Where(b => b.Origin == origin);
        }

        if (query.RunningOn is { } day)
        {
            blocks = blocks.Where(b => b.StartDate <= day && day <= b.EndDate);
        }

        if (query.HasFreePlaces is { } free)
        {
            blocks = free ? blocks.Where(b => b.PlacesUsed < b.Places) : blocks.Where(b => b.PlacesUsed >= b.Places);
        }

        var total = await blocks.CountAsync(cancellationToken);
        var page = await blocks.OrderByDescending(b => b.StartDate).ThenByDescending(b => b.CreatedAt).ThenBy(b => b.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<BlockBookingResponse>([.. page.Select(BlockBookingResponse.From)], query.Page, query.PageSize, total);
    }
}
