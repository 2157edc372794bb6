using System.Text.Json;
using System.Text.Json.Serialization;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>
/// A quarter's awards as an OCDS 1.1 release package: one release per award, its contracting process being the
/// referral (or the direct placement) called off from the dynamic purchasing system.
/// </summary>
internal static class OcdsReleasePackage
{
    public const string Version = "1.1";

    public const string ContentType = "application/json";

    /// <summary>The OCDS techniques extension, which adds <c>tender.techniques.hasDynamicPurchasingSystem</c>.</summary>
    public const string TechniquesExtension =
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json";

    public const string CategoryScheme = "DPS-CATEGORY";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The package of the quarter's awards, oldest first; null when the quarter had none, as a package holds at least
    /// one release.
    /// </summary>
    /// <exception cref="ArgumentException">An award was made outside the quarter.</exception>
    public static OcdsPackage? Build(AwardPublisher publisher, AwardQuarter quarter, DateTimeOffset publishedAt, IEnumerable<PublishedAward> awards)
    {
        var ordered = AwardOrder.Of(awards, quarter);
        if (ordered.Count == 0)
        {
            return null;
        }

        return new OcdsPackage(
            publisher.PublicationUri(quarter, AwardPublicationFormat.Ocds).AbsoluteUri,
            Version,
            [TechniquesExtension],
            OcdsDates.Instant(publishedAt),
            new OcdsPublisher(publisher.Name, publisher.Uri.AbsoluteUri),
            [.. ordered.Select(award => Release(publisher, award))]);
    }

    public static string ToJson(OcdsPackage package) => JsonSerializer.Serialize(package, JsonOptions);

    public static byte[] ToUtf8Json(OcdsPackage package) => JsonSerializer.SerializeToUtf8Bytes(package, JsonOptions);

    private static OcdsRelease Release(AwardPublisher publisher, PublishedAward award)
    {
        var buyer = new OcdsOrganizationReference(PartyIds.Authority(award.AuthorityId), award.AuthorityName);
        var supplier = new OcdsOrganizationReference(PartyIds.Supplier(award.SupplierId), award.SupplierName);
        var operatorOfDps = new OcdsOrganizationReference(PartyIds.Dps(award.DpsId), publisher.Name);
        return new OcdsRelease(
            publisher.OcidOf(award),
            $"{award.AwardId:D}-award",
            OcdsDates.Instant(award.AwardedAt),
            ["award"],
            "tender",
            "en",
            [
                new OcdsParty(buyer.Id, buyer.Name, ["buyer"], null),
                new OcdsParty(supplier.Id, supplier.Name, ["supplier"], Scale(award.SupplierIsSme)),
                new OcdsParty(operatorOfDps.Id, operatorOfDps.Name, ["procuringEntity"], null),
            ],
            buyer,
            Tender(award, operatorOfDps),
            [Award(award, supplier)],
            [new OcdsRelatedProcess("dps", ["framework"], "The dynamic purchasing system called off from", "ocid", $"{publisher.OcidPrefix}-{award.DpsId:D}")]);
    }

    private static OcdsTender Tender(PublishedAward award, OcdsOrganizationReference procuringEntity) => new(
        $"{award.ProcessId:D}",
        award.CategoryName,
        "complete",
        procuringEntity,
        AwardProcurement.Method(award.Route),
        AwardProcurement.Details(award.Route, award.DirectPlacementReason),
        award.Route == ContractRoute.DirectPlacement ? award.DirectPlacementJustification : null,
        "services",
        new OcdsTechniques(HasDynamicPurchasingSystem: true));

    private static OcdsAward Award(PublishedAward award, OcdsOrganizationReference supplier)
    {
        var price = new OcdsValue(award.Price, award.Currency);
        var unit = AwardProcurement.Unit(award.PriceBasis);
        var category = new OcdsClassification(CategoryScheme, $"{award.CategoryId:D}", award.CategoryName);
        return new OcdsAward(
            $"{award.AwardId:D}",
            award.CategoryName,
            $"The price is per {unit}, not the contract's total.",
            "active",
            OcdsDates.Instant(award.AwardedAt),
            price,
            [supplier],
            [new OcdsItem("1", award.CategoryName, category, new OcdsUnit(unit, price))],
            new OcdsPeriod(OcdsDates.StartOf(award.ContractStart), OcdsDates.EndOf(award.ContractEnd)));
    }

    private static OcdsPartyDetails? Scale(bool? isSme) => isSme switch
    {
        true => new OcdsPartyDetails("sme"),
        false => new OcdsPartyDetails("large"),
        null => null,
    };
}
