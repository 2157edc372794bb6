using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dps.Referral.Domain.Bids;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// The one serialisation of a bid's content that is sealed and digested: camelCase, members in declaration order, no
/// whitespace, every amount with at least two decimals (1200, 1200.0 and 1200.00 are one amount, so one text).
/// </summary>
internal static class BidCanonicalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new CanonicalDecimal() },
    };

    public static byte[] Serialize(BidContent content) => JsonSerializer.SerializeToUtf8Bytes(content, Options);

    public static BidContent Deserialize(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<BidContent>(json, Options)!;

    public static string Digest(ReadOnlySpan<byte> canonical) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(canonical));

    private sealed class CanonicalDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(Encoding.UTF8.GetBytes(value.ToString("0.00############################", CultureInfo.InvariantCulture)), skipInputValidation: true);
    }
}
