using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.Invitations;

/// <summary>
/// One round of invitations (publication, or a widening), as the audit trail records it: the limit, what was decided
/// on how many members, every invitation sent with its distance, and the SHA-256 digest of all the round's eligibility
/// decisions. Its invitations and decisions are written in bulk beside it, so this one row is what the trail holds of
/// them, and the digest shows the decisions were not changed since. Written once, never changed.
/// </summary>
public sealed class InvitationRound
{
    private InvitationRound()
    {
    }

    public ReferralId ReferralId { get; private set; }

    public int Round { get; private set; }

    public decimal GeographicLimitMiles { get; private set; }

    public int Invited { get; private set; }

    public int AlreadyInvited { get; private set; }

    public int OutsideLimit { get; private set; }

    public int Suspended { get; private set; }

    public IReadOnlyList<InvitationSent> Invitations { get; private set; } = [];

    public string DecisionsDigest { get; private set; } = null!;

    public DateTimeOffset DecidedAt { get; private set; }

    public static InvitationRound Record(
        ReferralCase referral, IReadOnlyList<Invitation> invitations, IReadOnlyList<EligibilityDecision> decisions, DateTimeOffset now) => new()
        {
            ReferralId = referral.Id,
            Round = referral.Round,
            GeographicLimitMiles = referral.Terms.GeographicLimitMiles,
            Invited = invitations.Count,
            AlreadyInvited = decisions.Count(d => d.Decision == Eligibility.AlreadyInvited),
            OutsideLimit = decisions.Count(d => d.Decision == Eligibility.OutsideLimit),
            Suspended = decisions.Count(d => d.Decision == Eligibility.Suspended),
            Invitations = [.. invitations.Select(i => new InvitationSent(i.EstablishmentId, i.SupplierId, i.DistanceMiles))],
            DecisionsDigest = EligibilityDecision.DigestOf(decisions),
            DecidedAt = now,
        };
}

/// <summary>An invitation as the round's audit entry names it.</summary>
public sealed record InvitationSent(Guid EstablishmentId, Guid SupplierId, decimal DistanceMiles);
