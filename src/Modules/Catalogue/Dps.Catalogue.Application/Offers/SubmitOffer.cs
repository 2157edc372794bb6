using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;
using FluentValidation;
using MediatR;

namespace Dps.Catalogue.Application.Offers;

/// <summary>A supplier offers a programme in one category of a DPS, under the supplier_id its token carries.</summary>
public sealed record SubmitOffer(
    Guid DpsId,
    Guid CategoryId,
    string ProgrammeName,
    string Description,
    IReadOnlyList<string> ClientGroups,
    IReadOnlyList<DeliveryLocation> DeliveryLocations,
    string ExpectedOutcomes,
    decimal? ExpectedJobOutcomePercentage,
    Money? PricePerParticipant,
    int Capacity) : ICommand<OfferResponse>, IOfferDetails;

internal sealed class SubmitOfferValidator : AbstractValidator<SubmitOffer>
{
    public SubmitOfferValidator()
    {
        RuleFor(o => o.DpsId).NotEmpty();
        RuleFor(o => o.CategoryId).NotEmpty();
        Include(OfferDetailsRules.Instance);
    }
}

internal sealed class SubmitOfferHandler(ICatalogueDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SubmitOffer, OfferResponse>
{
    public async Task<OfferResponse> Handle(SubmitOffer command, CancellationToken cancellationToken)
    {
        var supplierId = actor.OwnSupplierId()
            ?? throw new ForbiddenException("Only a supplier's token, naming its supplier_id, can make an offer.");
        var standing = await db.StandingOfAsync(supplierId, command.DpsId, command.CategoryId, cancellationToken);
        var supplierOffers = await db.Offers.CurrentOffersOfAsync(supplierId, cancellationToken);
        var offer = Offer.Submit(
            supplierId, command.DpsId, command.CategoryId, command.ProgrammeName, command.ToContent(), standing, supplierOffers, clock.GetUtcNow());
        db.Offers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return OfferResponse.From(offer);
    }
}
