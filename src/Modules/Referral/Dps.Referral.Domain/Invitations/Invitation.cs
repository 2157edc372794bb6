using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.Invitations.Rules;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.Invitations;

/// <summary>
/// One establishment invited to respond to a referral, with its fit as it stood at invitation: its distance, and which
/// of the referral's required needs and desired features its profile meets.
/// </summary>
public sealed class Invitation : AggregateRoot
{
    private Invitation()
    {
    }

    public InvitationId Id { get; private set; }

    public ReferralId ReferralId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public Guid SupplierId { get; private set; }

    public string EstablishmentName { get; private set; } = null!;

    public int Round { get; private set; }

    public decimal DistanceMiles { get; private set; }

    public string[] NeedsMet { get; private set; } = [];

    public string[] NeedsNotMet { get; private set; } = [];

    public string[] FeaturesOffered { get; private set; } = [];

    public string[] FeaturesNotOffered { get; private set; } = [];

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset? DeclinedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public static Invitation Send(
        ReferralCase referral,
        Guid establishmentId,
        Guid supplierId,
        string establishmentName,
        decimal distanceMiles,
        IReadOnlyCollection<string> profileNeeds,
        IReadOnlyCollection<string> profileFeatures,
        DateTimeOffset now)
    {
        var needs = referral.Terms.RequiredNeeds.Select(n => n.Code).ToList();
        var features = referral.Terms.DesiredFeatures.Select(f => f.Code).ToList();
        return new Invitation
        {
            Id = InvitationId.New(),
            ReferralId = referral.Id,
            EstablishmentId = establishmentId,
            SupplierId = supplierId,
            EstablishmentName = establishmentName,
            Round = referral.Round,
            DistanceMiles = distanceMiles,
            NeedsMet = [.. needs.Where(c => profileNeeds.Contains(c, StringComparer.OrdinalIgnoreCase))],
            NeedsNotMet = [.. needs.Where(c => !profileNeeds.Contains(c, StringComparer.OrdinalIgnoreCase))],
            FeaturesOffered = [.. features.Where(c => profileFeatures.Contains(c, StringComparer.OrdinalIgnoreCase))],
            FeaturesNotOffered = [.. features.Where(c => !profileFeatures.Contains(c, StringComparer.OrdinalIgnoreCase))],
            InvitedAt = now,
        };
    }

    /// <summary>The supplier will not respond; the buyer sees the reason.</summary>
    public void Decline(ReferralCase referral, string reason, DateTimeOffset now)
    {
        referral.CheckOpenForResponses(now);
        CheckRule(new InvitationMayBeDeclinedOnceRule(DeclinedAt));
        DeclinedAt = now;
        DeclineReason = reason;
    }
}
