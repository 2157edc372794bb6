using Dps.Qualification.Domain.Applications;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Application.PurchasingSystems;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.Suppliers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Applications;

/// <summary>A supplier starts an application for one of its establishments to one or several categories of a DPS.</summary>
public sealed record DraftApplication(Guid EstablishmentId, Guid DpsId, IReadOnlyList<CategoryApplicationInput> Categories)
    : ICommand<ApplicationResponse>;

internal sealed class DraftApplicationValidator : AbstractValidator<DraftApplication>
{
    public DraftApplicationValidator()
    {
        RuleFor(c => c.EstablishmentId).NotEmpty();
        RuleFor(c => c.DpsId).NotEmpty();
        RuleFor(c => c.Categories).MustBeCategoryApplications();
    }
}

internal sealed class DraftApplicationHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<DraftApplication, ApplicationResponse>
{
    public async Task<ApplicationResponse> Handle(DraftApplication command, CancellationToken cancellationToken)
    {
        var supplierId = ApplicationAccess.SupplierIdOf(actor);
        var establishmentOwned = await db.Establishments.AnyAsync(
            e => e.Id == EstablishmentId.From(command.EstablishmentId) && e.SupplierId == SupplierId.From(supplierId), cancellationToken);
        if (!establishmentOwned)
        {
            throw new NotFoundException("Establishment", command.EstablishmentId);
        }

        await db.PurchasingSystems.GetAsync(command.DpsId, cancellationToken);
        var context = await db.ContextForAsync(command.DpsId, command.EstablishmentId, except: null, cancellationToken);
        var application = MembershipApplication.Draft(
            SupplierId.From(supplierId),
            EstablishmentId.From(command.EstablishmentId),
            DpsId.From(command.DpsId),
            command.Categories.Select(c => c.ToCategoryApplication()).ToList(),
            context,
            clock.UtcNow);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationResponse.From(application, clock.Today);
    }
}
