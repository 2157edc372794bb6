namespace Dps.Referral.Application.Bids;

/// <summary>The key bids are sealed with (section <c>Referral</c>): configuration only, never the database.</summary>
public sealed class BidSealOptions
{
    public const string Section = "Referral";

    /// <summary>32 bytes, base64: an AES-256 key. Development has a default in appsettings.Development.json.</summary>
    public string? BidEncryptionKey { get; set; }

    public static bool IsValidKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var bytes = new byte[64];
        return Convert.TryFromBase64String(key, bytes, out var written) && written == 32;
    }
}
