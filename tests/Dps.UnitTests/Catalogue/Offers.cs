using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;

namespace Dps.UnitTests.Catalogue;

/// <summary>A DWP-style offer and the ids it is made under, for the offer tests.</summary>
internal static class Offers
{
    public static readonly Guid SupplierId = Guid.Parse("0ffe0000-0000-4000-8000-000000000001");
    public static readonly Guid DpsId = Guid.Parse("0ffe0000-0000-4000-8000-000000000002");
    public static readonly Guid Engagement = Guid.Parse("0ffe0000-0000-4000-8000-000000000003");
    public static readonly Guid GettingJobs = Guid.Parse("0ffe0000-0000-4000-8000-000000000004");
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static OfferContent Content(string description = "Weekly one-to-one coaching and group workshops.", decimal price = 450m) => new(
        description,
        ["Long-term unemployed", "Care leavers"],
        [new DeliveryLocation("Manchester Central", "M1 1AE", 53.4794, -2.2453)],
        "Participants move into work or training.",
        35m,
        new Money(price, "GBP"),
        40);

    public static Offer Submit(
        Guid? categoryId = null,
        string programme = "Routes to Work",
        OfferContent? content = null,
        IReadOnlyCollection<SupplierOffer>? supplierOffers = null,
        StandingInCategory standing = StandingInCategory.ActiveMember) =>
        Offer.Submit(SupplierId, DpsId, categoryId ?? Engagement, programme, content ?? Content(), standing, supplierOffers ?? [], Now);

    public static IReadOnlyCollection<SupplierOffer> Current(params Offer[] offers) => offers.Select(SupplierOffer.Of).ToList();
}
