using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Memberships;

/// <summary>Memberships by admission date; <paramref name="AuditOverdue"/> lists members whose annual audit is late.</summary>
public sealed record ListMemberships(
    Guid? DpsId, Guid? CategoryId, Guid? EstablishmentId, MembershipStatus? Status, bool AuditOverdue, int Page, int PageSize)
    : IQuery<Paged<MembershipResponse>>, IPagedQuery;

internal sealed class ListMembershipsValidator : AbstractValidator<ListMemberships>
{
    public ListMembershipsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListMembershipsHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ListMemberships, Paged<MembershipResponse>>
{
    public Task<Paged<MembershipResponse>> Handle(ListMemberships query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var memberships = db.Memberships.AsNoTracking().VisibleTo(actor);
        if (query.DpsId is { } dpsId)
        {
            memberships = memberships.Where(m => m.DpsId == DpsId.From(dpsId));
        }

        if (query.CategoryId is { } categoryId)
        {
            memberships = memberships.Where(m => m.CategoryId == CategoryId.From(categoryId));
        }

        if (query.EstablishmentId is { } establishmentId)
        {
            memberships = memberships.Where(m => m.EstablishmentId == EstablishmentId.From(establishmentId));
        }

        if (query.Status is { } status)
        {
            memberships = memberships.Where(m => m.Status == status);
        }

        if (query.AuditOverdue)
        {
            memberships = memberships.Where(m => m.Status != MembershipStatus.Removed && m.AuditDueOn < today);
        }

        return memberships.OrderBy(m => m.AdmittedOn).ThenBy(m => m.Id)
            .ToPagedAsync(query, m => MembershipResponse.From(m, today), cancellationToken);
    }
}
