namespace Dps.Referral.Domain.Referrals;

/// <summary>The least time a published referral must leave suppliers to respond, in the referral's category.</summary>
public sealed record ResponsePeriod(TimeSpan Minimum, bool Urgent);
