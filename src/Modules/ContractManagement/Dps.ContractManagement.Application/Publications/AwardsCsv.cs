using System.Globalization;
using System.Text;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>
/// The quarter's awards as CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote
/// or a line break), with the same facts as the OCDS package. Numbers are invariant, dates ISO 8601, instants UTC.
/// </summary>
internal static class AwardsCsv
{
    public const string ContentType = "text/csv";

    public static readonly IReadOnlyList<string> Header =
    [
        "ocid", "awardId", "route", "procurementMethod", "referralId", "dpsId", "categoryId", "categoryName",
        "authorityId", "authorityName", "supplierId", "supplierName", "supplierIsSme", "establishmentId",
        "price", "currency", "priceBasis", "contractStart", "contractEnd", "awardedAt",
        "directPlacementReason", "directPlacementJustification",
    ];

    /// <exception cref="ArgumentException">An award was made outside the quarter.</exception>
    public static string Write(AwardPublisher publisher, AwardQuarter quarter, IEnumerable<PublishedAward> awards)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var award in AwardOrder.Of(awards, quarter))
        {
            Line(csv, Row(publisher, award));
        }

        return csv.ToString();
    }

    private static string?[] Row(AwardPublisher publisher, PublishedAward award) =>
    [
        publisher.OcidOf(award),
        Id(award.AwardId),
        award.Route.ToString(),
        AwardProcurement.Method(award.Route),
        award.ReferralId is { } referralId ? Id(referralId) : null,
        Id(award.DpsId),
        Id(award.CategoryId),
        award.CategoryName,
        Id(award.AuthorityId),
        award.AuthorityName,
        Id(award.SupplierId),
        award.SupplierName,
        award.SupplierIsSme switch { true => "true", false => "false", null => null },
        Id(award.EstablishmentId),
        award.Price.ToString(CultureInfo.InvariantCulture),
        award.Currency,
        award.PriceBasis.ToString(),
        award.ContractStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        award.ContractEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OcdsDates.Instant(award.AwardedAt),
        award.DirectPlacementReason,
        award.DirectPlacementJustification,
    ];

    private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
