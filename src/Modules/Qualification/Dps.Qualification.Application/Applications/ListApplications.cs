using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Applications;

/// <summary>Applications, oldest first; <paramref name="Overdue"/> lists those whose decision is late.</summary>
public sealed record ListApplications(Guid? DpsId, ApplicationStatus? Status, bool Overdue, int Page, int PageSize)
    : IQuery<Paged<ApplicationResponse>>, IPagedQuery;

internal sealed class ListApplicationsValidator : AbstractValidator<ListApplications>
{
    public ListApplicationsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListApplicationsHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ListApplications, Paged<ApplicationResponse>>
{
    public Task<Paged<ApplicationResponse>> Handle(ListApplications query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var applications = db.Applications.AsNoTracking().VisibleTo(actor);
        if (query.DpsId is { } dpsId)
        {
            applications = applications.Where(a => a.DpsId == DpsId.From(dpsId));
        }

        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        if (query.Overdue)
        {
            applications = applications.Where(a =>
                (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.UnderEvaluation) && a.DecisionDueOn < today);
        }

        return applications.OrderBy(a => a.CreatedAt).ToPagedAsync(query, a => ApplicationResponse.From(a, today), cancellationToken);
    }
}
