using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.Suppliers;
using Dps.Qualification.Domain.Establishments;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Establishments;

/// <summary>A supplier keeps one of its establishments' details current.</summary>
public sealed record UpdateEstablishment(
    Guid SupplierId,
    Guid EstablishmentId,
    string Name,
    string Address,
    string Postcode,
    double? Latitude,
    double? Longitude,
    string? OfstedUrn,
    OfstedRating? OfstedRating,
    int? Capacity,
    uint? ExpectedVersion) : ICommand<EstablishmentResponse>, IEstablishmentDetails;

internal sealed class UpdateEstablishmentValidator : AbstractValidator<UpdateEstablishment>
{
    public UpdateEstablishmentValidator() => Include(EstablishmentDetailsRules.Instance);
}

internal sealed class UpdateEstablishmentHandler(IQualificationDb db, ICurrentActor actor)
    : IRequestHandler<UpdateEstablishment, EstablishmentResponse>
{
    public async Task<EstablishmentResponse> Handle(UpdateEstablishment command, CancellationToken cancellationToken)
    {
        if (!actor.ActsForSupplier(command.SupplierId))
        {
            throw new NotFoundException("Establishment", command.EstablishmentId);
        }

        var establishment = await db.Establishments.GetAsync(command.SupplierId, command.EstablishmentId, cancellationToken);
        db.ExpectVersion(establishment, command.ExpectedVersion);
        establishment.Update(
            command.Name,
            command.Address,
            command.Postcode,
            command.Latitude!.Value,
            command.Longitude!.Value,
            command.OfstedUrn,
            command.OfstedRating,
            command.Capacity!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return EstablishmentResponse.From(establishment);
    }
}
