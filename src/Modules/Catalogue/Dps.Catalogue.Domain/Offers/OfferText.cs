using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Dps.Catalogue.Domain.Offers;

/// <summary>How offers' texts are compared: trimmed, whitespace collapsed and, for comparison, case-insensitive.</summary>
internal static partial class OfferText
{
    /// <summary>Trimmed, with every run of whitespace collapsed to one space.</summary>
    public static string Tidy(string text) => Whitespace().Replace(text.Trim(), " ");

    /// <summary>Tidied and lower-case: two texts that differ only in case or spacing normalise alike.</summary>
    public static string Normalise(string text) => Tidy(text).ToLowerInvariant();

    public static string Normalise(decimal number) => number.ToString("0.################", CultureInfo.InvariantCulture);

    /// <summary>A SHA-256 (hex) of the normalised parts.</summary>
    public static string Fingerprint(IEnumerable<string> normalisedParts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', normalisedParts))));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
