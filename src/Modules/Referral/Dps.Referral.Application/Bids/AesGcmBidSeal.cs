using System.Security.Cryptography;
using Dps.Referral.Domain.Bids;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// Seals bid content with AES-256-GCM: a fresh 12-byte nonce per write, the bid's id as associated data (so a sealed
/// content copied onto another bid's row does not open), stored as nonce ‖ tag ‖ ciphertext.
/// </summary>
public sealed class AesGcmBidSeal(IOptions<BidSealOptions> options) : IBidSeal
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key = Convert.FromBase64String(
        BidSealOptions.IsValidKey(options.Value.BidEncryptionKey)
            ? options.Value.BidEncryptionKey!
            : throw new InvalidOperationException("Referral:BidEncryptionKey must be 32 bytes in base64 to seal bids."));

    public SealedContent Seal(BidId bidId, BidContent content)
    {
        var plaintext = BidCanonicalJson.Serialize(content);
        var sealedContent = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedContent.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedContent.AsSpan(NonceSize + TagSize), sealedContent.AsSpan(NonceSize, TagSize), bidId.Value.ToByteArray());
        return new SealedContent(sealedContent, BidCanonicalJson.Digest(plaintext));
    }

    public BidContent Open(BidId bidId, byte[] ciphertext)
    {
        var plaintext = new byte[ciphertext.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(
            ciphertext.AsSpan(0, NonceSize), ciphertext.AsSpan(NonceSize + TagSize), ciphertext.AsSpan(NonceSize, TagSize), plaintext, bidId.Value.ToByteArray());
        return BidCanonicalJson.Deserialize(plaintext);
    }
}
