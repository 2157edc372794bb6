using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Applications;

public sealed record GetApplication(Guid ApplicationId) : IQuery<ApplicationResponse>;

/// <summary>Applications, oldest first; <paramref name="Overdue"/> lists those whose decision is late.</summary>
public sealed record ListApplications(Guid? DpsId, ApplicationStatus? Status, bool Overdue, int Page, int PageSize)
    : IQuery<Paged<ApplicationResponse>>, IPagedQuery;

internal sealed class ListApplicationsValidator : AbstractValidator<ListApplications>
{
    public ListApplicationsValidator() => Include(PagingRules.Instance);
}

internal sealed class ApplicationQueriesHandler(IQualificationDb db, ICurrentActor actor, TimeProvider clock, IOptions<QualificationScheme> scheme)
    : IRequestHandler<GetApplication, ApplicationResponse>, IRequestHandler<ListApplications, Paged<ApplicationResponse>>
{
    public async Task<ApplicationResponse> Handle(GetApplication query, CancellationToken cancellationToken) =>
        ApplicationResponse.From(
            await db.Applications.AsNoTracking().GetVisibleAsync(query.ApplicationId, actor, cancellationToken), clock.Today(scheme.Value.Zone));

    public Task<Paged<ApplicationResponse>> Handle(ListApplications query, CancellationToken cancellationToken)
    {
        var today = clock.Today(scheme.Value.Zone);
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
