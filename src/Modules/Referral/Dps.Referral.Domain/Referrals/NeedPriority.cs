namespace Dps.Referral.Domain.Referrals;

/// <summary>A bid that does not meet a must-have need is non-compliant; a desirable need only earns marks.</summary>
public enum NeedPriority
{
    MustHave,
    Desirable,
}
