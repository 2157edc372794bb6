using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;
using FluentValidation;
using MediatR;

namespace Dps.Catalogue.Application.Offers;

/// <summary>A supplier revises its own offer: a new version, the earlier ones kept.</summary>
public sealed record ReviseOffer(
    Guid OfferId,
    string ProgrammeName,
    string Description,
    IReadOnlyList<string> ClientGroups,
    IReadOnlyList<DeliveryLocation> DeliveryLocations,
    string ExpectedOutcomes,
    decimal? ExpectedJobOutcomePercentage,
    Money? PricePerParticipant,
    int Capacity,
    uint? ExpectedVersion) : ICommand<OfferResponse>, IOfferDetails;

internal sealed class ReviseOfferValidator : AbstractValidator<ReviseOffer>
{
    public ReviseOfferValidator() => Include(OfferDetailsRules.Instance);
}

internal sealed class ReviseOfferHandler(ICatalogueDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<ReviseOffer, OfferResponse>
{
    public async Task<OfferResponse> Handle(ReviseOffer command, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.GetOwnAsync(actor, command.OfferId, cancellationToken);
        db.ExpectVersion(offer, command.ExpectedVersion);
        var standing = await db.StandingOfAsync(offer.SupplierId, offer.DpsId, offer.CategoryId, cancellationToken);
        var supplierOffers = await db.Offers.CurrentOffersOfAsync(offer.SupplierId, cancellationToken);
        offer.Revise(command.ProgrammeName, command.ToContent(), standing, supplierOffers, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return OfferResponse.From(offer);
    }
}
