using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.Suppliers;
using Dps.Qualification.Domain.Establishments;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Establishments;

/// <summary>A supplier adds one of its schools, homes or programme sites; it will apply for categories per establishment.</summary>
public sealed record AddEstablishment(
    Guid SupplierId,
    string Name,
    string Address,
    string Postcode,
    double? Latitude,
    double? Longitude,
    string? OfstedUrn,
    OfstedRating? OfstedRating,
    int? Capacity) : ICommand<EstablishmentResponse>, IEstablishmentDetails;

internal sealed class AddEstablishmentValidator : AbstractValidator<AddEstablishment>
{
    public AddEstablishmentValidator() => Include(EstablishmentDetailsRules.Instance);
}

internal sealed class AddEstablishmentHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<AddEstablishment, EstablishmentResponse>
{
    public async Task<EstablishmentResponse> Handle(AddEstablishment command, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.GetOwnAsync(actor, command.SupplierId, cancellationToken);
        var establishment = supplier.AddEstablishment(
            command.Name,
            command.Address,
            command.Postcode,
            command.Latitude!.Value,
            command.Longitude!.Value,
            command.OfstedUrn,
            command.OfstedRating,
            command.Capacity!.Value);
        db.Establishments.Add(establishment);
        await db.SaveChangesAsync(cancellationToken);
        return EstablishmentResponse.From(establishment);
    }
}
