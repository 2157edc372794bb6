using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Catalogue.Application.Offers;

/// <summary>A supplier takes its own offer off the catalogue; its versions stay readable.</summary>
public sealed record WithdrawOffer(Guid OfferId, uint? ExpectedVersion) : ICommand<OfferResponse>;

internal sealed class WithdrawOfferHandler(ICatalogueDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<WithdrawOffer, OfferResponse>
{
    public async Task<OfferResponse> Handle(WithdrawOffer command, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.GetOwnAsync(actor, command.OfferId, cancellationToken);
        db.ExpectVersion(offer, command.ExpectedVersion);
        offer.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return OfferResponse.From(offer);
    }
}
