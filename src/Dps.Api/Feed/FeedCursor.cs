using System.Buffers.Text;
using System.Text;

namespace Dps.Api.Feed;

/// <summary>
/// Where a reader of the change feed is: after the entry at <see cref="Position"/> of the transaction <see cref="TransactionId"/>.
/// Opaque to clients (base64url), so its form may change.
/// </summary>
public readonly record struct FeedCursor(long TransactionId, long Position)
{
    /// <summary>Before the first entry.</summary>
    public static readonly FeedCursor Start = new(0, 0);

    public override string ToString() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{TransactionId}.{Position}"));

    public static bool TryParse(string? text, out FeedCursor cursor)
    {
        cursor = Start;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > 64 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
        if (parts.Length == 2 && long.TryParse(parts[0], out var transaction) && long.TryParse(parts[1], out var position) && transaction >= 0 && position >= 0)
        {
            cursor = new FeedCursor(transaction, position);
            return true;
        }

        return false;
    }
}
