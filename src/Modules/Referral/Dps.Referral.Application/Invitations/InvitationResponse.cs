using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application.Invitations;

/// <summary>
/// One member of the category in one round of a referral: whether it was invited and why not, its distance from the
/// service user's home, and, for an invitation, its fit and whether it declined. <see cref="InvitationId"/> and
/// <see cref="Fit"/> are null for a member that was not invited in that round. <see cref="ReferralStatus"/> and
/// <see cref="CancellationReason"/> tell the invitee whether the referral still stands, and why not.
/// </summary>
public sealed record InvitationResponse(
    Guid? InvitationId,
    Guid ReferralId,
    int Round,
    Guid EstablishmentId,
    Guid SupplierId,
    string EstablishmentName,
    Eligibility Decision,
    decimal DistanceMiles,
    DateTimeOffset DecidedAt,
    InvitationFit? Fit,
    DateTimeOffset? DeclinedAt,
    string? DeclineReason,
    ReferralStatus ReferralStatus,
    string? CancellationReason)
{
    public static InvitationResponse From(Invitation invitation, ReferralCase referral) => new(
        invitation.Id.Value,
        invitation.ReferralId.Value,
        invitation.Round,
        invitation.EstablishmentId,
        invitation.SupplierId,
        invitation.EstablishmentName,
        Eligibility.Invited,
        invitation.DistanceMiles,
        invitation.InvitedAt,
        new InvitationFit(invitation.NeedsMet, invitation.NeedsNotMet, invitation.FeaturesOffered, invitation.FeaturesNotOffered),
        invitation.DeclinedAt,
        invitation.DeclineReason,
        referral.Status,
        referral.CancellationReason);

    public static InvitationResponse From(EligibilityDecision decision, Invitation? invitation, ReferralCase referral) =>
        invitation is not null && decision.Decision == Eligibility.Invited
            ? From(invitation, referral)
            : new(null, decision.ReferralId.Value, decision.Round, decision.EstablishmentId, decision.SupplierId, decision.EstablishmentName,
                decision.Decision, decision.DistanceMiles, decision.DecidedAt, null, null, null, referral.Status, referral.CancellationReason);
}

/// <summary>Which of the referral's required needs the establishment's profile meets, and which desired features it offers.</summary>
public sealed record InvitationFit(
    IReadOnlyList<string> NeedsMet, IReadOnlyList<string> NeedsNotMet, IReadOnlyList<string> FeaturesOffered, IReadOnlyList<string> FeaturesNotOffered);
