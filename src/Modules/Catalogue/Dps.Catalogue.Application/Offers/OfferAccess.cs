using Dps.BuildingBlocks.Application.Security;

namespace Dps.Catalogue.Application.Offers;

/// <summary>
/// Who may see or change an offer. The DPS manager and auditors read every offer, and buyers those of the DPSs their
/// authority takes part in (<see cref="Participants.DpsAccess"/>); a supplier reads and changes only its own. Another
/// supplier's offer answers 404, so nothing about it is revealed.
/// </summary>
internal static class OfferAccess
{
    public static bool ReadsAllOffers(this ICurrentActor actor) => actor.HasRole(DpsRoles.Buyer) || actor.OverseesAll();

    /// <summary>
    /// Buyers list only what they can buy now: active offers of suppliers with an establishment that is an active
    /// member of the offer's category. The manager and auditors list every offer.
    /// </summary>
    public static bool ListsOnlyAvailableOffers(this ICurrentActor actor) => actor.SeesOnlyOwnAuthority();

    public static bool MayReadOfferOf(this ICurrentActor actor, Guid supplierId) => actor.ReadsAllOffers() || actor.ActsForSupplier(supplierId);
}
