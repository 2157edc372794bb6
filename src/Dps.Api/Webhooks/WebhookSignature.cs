using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dps.Api.Webhooks;

/// <summary>
/// How a delivery is signed: <c>Dps-Signature: v1=</c> the hex HMAC-SHA256, under the subscription's secret, of the
/// <c>Dps-Timestamp</c> header's value (Unix seconds), a full stop, and the body's bytes.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "Dps-Signature";
    public const string TimestampHeader = "Dps-Timestamp";
    public const string EventIdHeader = "Dps-Event-Id";
    public const string EventTypeHeader = "Dps-Event-Type";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes($"{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>The subscription's secret: derived from the configured key and its salt, so it is shown once and never stored.</summary>
    public static string SecretOf(byte[] key, byte[] salt) => "whsec_" + Base64Url.EncodeToString(HMACSHA256.HashData(key, salt));
}
