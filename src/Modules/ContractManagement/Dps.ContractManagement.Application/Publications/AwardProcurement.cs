using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>How each route to an award is described in OCDS terms; the CSV says the same.</summary>
internal static class AwardProcurement
{
    /// <summary>
    /// The closed OCDS method codelist's value: a competition or an offer match is among the DPS's qualified suppliers
    /// only ("selective"); a direct placement is awarded to one supplier without competition, which is what the
    /// codelist's "direct" means ("limited" is a buyer contacting several suppliers of its choice).
    /// </summary>
    public static string Method(ContractRoute route) => route switch
    {
        ContractRoute.Competition or ContractRoute.OfferMatch => "selective",
        ContractRoute.DirectPlacement => "direct",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a route to an award."),
    };

    /// <summary>The method in words; for a direct placement with the code of the scheme's reason.</summary>
    public static string Details(ContractRoute route, string? directPlacementReason) => route switch
    {
        ContractRoute.Competition => "Call-off from a dynamic purchasing system: a mini-competition among its qualified suppliers.",
        ContractRoute.OfferMatch => "Call-off from a dynamic purchasing system: a business case matched against its suppliers' offers.",
        ContractRoute.DirectPlacement => directPlacementReason is null
            ? "Call-off from a dynamic purchasing system: a direct placement, without competition, for a reason the scheme allows."
            : $"Call-off from a dynamic purchasing system: a direct placement, without competition, for the scheme's reason {directPlacementReason}.",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Not a route to an award."),
    };

    /// <summary>What the price is for, in words: "week", "month", "year" or "participant".</summary>
    public static string Unit(ContractPriceBasis basis) => basis switch
    {
        ContractPriceBasis.Week => "week",
        ContractPriceBasis.Month => "month",
        ContractPriceBasis.Annum => "year",
        ContractPriceBasis.Participant => "participant",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a price basis."),
    };
}
