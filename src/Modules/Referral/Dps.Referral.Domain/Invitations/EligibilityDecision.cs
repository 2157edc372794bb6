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
}
