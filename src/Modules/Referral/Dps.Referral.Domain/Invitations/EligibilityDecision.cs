using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.Invitations;

/// <summary>
/// Why one member of the category was or was not invited in one round, as it stood then: the proof of equal treatment.
/// Written once, never changed.
/// </summary>
public sealed class EligibilityDecision
{
    private EligibilityDecision()
    {
    }

    public ReferralId ReferralId { get; private set; }

    public int Round { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string EstablishmentName { get; private set; } = null!;

    public Eligibility Decision { get; private set; }

    public decimal DistanceMiles { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public static EligibilityDecision Record(
        ReferralId referralId, int round, Guid establishmentId, Guid supplierId, string name, Eligibility decision, decimal distanceMiles, DateTimeOffset now) =>
        new()
        {
            ReferralId = referralId,
            Round = round,
            EstablishmentId = establishmentId,
            SupplierId = supplierId,
            EstablishmentName = name,
            Decision = decision,
            DistanceMiles = distanceMiles,
            DecidedAt = now,
        };

    /// <summary>
    /// SHA-256 (hex) of the decisions, one line each, ordered by the establishment id as text: establishment, supplier,
    /// decision, distance (2 decimals), e.g. <c>0a4f…-0003;0a4f…-0002;Invited;7.46</c> and a line feed.
    /// Recomputing it from the stored rows shows whether any was changed.
    /// </summary>
    public static string DigestOf(IEnumerable<EligibilityDecision> decisions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> line = stackalloc byte[256];
        foreach (var d in InTextOrder(decisions))
        {
            var written = Encoding.UTF8.GetBytes(
                string.Create(CultureInfo.InvariantCulture, $"{d.EstablishmentId:D};{d.SupplierId:D};{d.Decision};{d.DistanceMiles:0.00}\n"), line);
            hash.AppendData(line[..written]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The decisions ordered by establishment id as text, which is the order of its big-endian bytes.</summary>
    private static IReadOnlyList<EligibilityDecision> InTextOrder(IEnumerable<EligibilityDecision> decisions) =>
        [.. decisions.OrderBy(d => BigEndian(d.EstablishmentId))];

    private static UInt128 BigEndian(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
