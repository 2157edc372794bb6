namespace Dps.Referral.Domain.Invitations;

/// <summary>
/// A member is <see cref="Invited"/> when it is active and within the limit; <see cref="AlreadyInvited"/> in a widening
/// round when an earlier round invited it.
/// </summary>
public enum Eligibility
{
    Invited,
    AlreadyInvited,
    OutsideLimit,
    Suspended,
}
