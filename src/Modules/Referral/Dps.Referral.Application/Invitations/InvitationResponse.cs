using System.ComponentModel;
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
    [property: Description("The round of invitations: 1 at publication, one more for each widening of the geographic limit.")] int Round,
    Guid EstablishmentId,
    Guid SupplierId,
    [property: Description("The establishment's name.")] string EstablishmentName,
    [property: Description("The eligibility decision on the member in that round: `Invited`, `AlreadyInvited` (by an earlier round), `OutsideLimit` or `Suspended`.")] Eligibility Decision,
    [property: Description("The establishment's distance from the service user's home, in miles (2 decimals), as it was measured in that round.")] decimal DistanceMiles,
    [property: Description("When the member was invited, or the decision on it made (UTC).")] DateTimeOffset DecidedAt,
    [property: Description("Which of the referral's required needs the establishment's profile meets and which desired features it offers, at invitation; null for a member not invited in that round.")] InvitationFit? Fit,
    [property: Description("When the supplier declined the invitation (UTC); null unless it declined.")] DateTimeOffset? DeclinedAt,
    [property: Description("The supplier's reason for declining; null unless it declined.")] string? DeclineReason,
    [property: Description("Where the referral stands now (`Draft`, `Published`, `Closed`, `Cancelled`, `Matching` or `Placed`), so the invitee knows whether it still stands.")] ReferralStatus ReferralStatus,
    [property: Description("The buyer's reason for cancelling the referral; null unless it is cancelled.")] string? CancellationReason)
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
    [property: Description("The codes of the referral's required needs the establishment's profile meets.")] IReadOnlyList<string> NeedsMet,
    [property: Description("The codes of the referral's required needs its profile does not meet.")] IReadOnlyList<string> NeedsNotMet,
    [property: Description("The codes of the referral's desired features its profile offers.")] IReadOnlyList<string> FeaturesOffered,
    [property: Description("The codes of the referral's desired features its profile does not offer.")] IReadOnlyList<string> FeaturesNotOffered);
