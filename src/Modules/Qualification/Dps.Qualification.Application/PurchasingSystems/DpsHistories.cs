using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.Qualification.Application.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>A DPS's recorded validity changes, oldest first.</summary>
public sealed record ListValidityChanges(Guid DpsId, int Page, int PageSize) : IQuery<Paged<ValidityChange>>, IPagedQuery;

/// <summary>A DPS's entry closures, by start date.</summary>
public sealed record ListEntryClosures(Guid DpsId, int Page, int PageSize) : IQuery<Paged<EntryClosure>>, IPagedQuery;

internal sealed class ListValidityChangesValidator : AbstractValidator<ListValidityChanges>
{
    public ListValidityChangesValidator() => Include(PagingRules.Instance);
}

internal sealed class ListEntryClosuresValidator : AbstractValidator<ListEntryClosures>
{
    public ListEntryClosuresValidator() => Include(PagingRules.Instance);
}

internal sealed class DpsHistoriesHandler(IQualificationDb db)
    : IRequestHandler<ListValidityChanges, Paged<ValidityChange>>, IRequestHandler<ListEntryClosures, Paged<EntryClosure>>
{
    public async Task<Paged<ValidityChange>> Handle(ListValidityChanges query, CancellationToken cancellationToken)
    {
        var dps = await db.PurchasingSystems.AsNoTracking().GetAsync(query.DpsId, cancellationToken);
        return Paged<ValidityChange>.Of([.. dps.ValidityChanges.Select(ValidityChange.From)], query);
    }

    public async Task<Paged<EntryClosure>> Handle(ListEntryClosures query, CancellationToken cancellationToken)
    {
        var dps = await db.PurchasingSystems.AsNoTracking().GetAsync(query.DpsId, cancellationToken);
        return Paged<EntryClosure>.Of([.. dps.EntryClosures.OrderBy(c => c.ClosedFrom).Select(EntryClosure.From)], query);
    }
}
