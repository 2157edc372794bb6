using Dps.Referral.Domain.Invitations;

namespace Dps.Referral.Application.Invitations;

/// <summary>
/// Writes a round's invitations and eligibility decisions in the command's transaction. A round invites thousands and
/// decides on tens of thousands, so they are copied in bulk rather than tracked one by one; the round's
/// <see cref="InvitationRound"/> is tracked, and is what the audit trail records of them.
/// </summary>
public interface IInvitationLedger
{
    Task WriteAsync(IReadOnlyList<Invitation> invitations, IReadOnlyList<EligibilityDecision> decisions, CancellationToken cancellationToken);
}
