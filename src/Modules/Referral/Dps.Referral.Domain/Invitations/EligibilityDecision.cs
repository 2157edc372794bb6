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
    /// SHA-256 (hex) of the decisions, one line each, ordered by the establishment id as text: establishment, supplier, decision, distance (2 decimals).
    /// Recomputing it from the stored rows shows whether any was changed.
    /// </summary>
    public static string DigestOf(IEnumerable<EligibilityDecision> decisions)
    {
        var text = new StringBuilder();
        foreach (var d in decisions.OrderBy(d => d.EstablishmentId.ToString("D"), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.EstablishmentId:D};{d.SupplierId:D};{d.Decision};{d.DistanceMiles:0.00}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
