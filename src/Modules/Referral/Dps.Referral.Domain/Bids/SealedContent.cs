namespace Dps.Referral.Domain.Bids;

/// <summary>A bid's content encrypted for storage, and the receipt's digest of its canonical form.</summary>
public sealed record SealedContent(byte[] Ciphertext, string Digest);

/// <summary>Seals and opens bid content; the key never reaches the database.</summary>
public interface IBidSeal
{
    SealedContent Seal(BidId bidId, BidContent content);

    /// <summary>Decrypts and authenticates; content changed or moved to another bid's row fails.</summary>
    BidContent Open(BidId bidId, byte[] ciphertext);
}
