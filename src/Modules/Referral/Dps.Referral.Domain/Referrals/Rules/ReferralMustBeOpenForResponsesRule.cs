using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>Invitations, questions and bids happen only while the referral is published and its deadline has not passed.</summary>
internal sealed class ReferralMustBeOpenForResponsesRule(ReferralStatus status, DateTimeOffset deadline, DateTimeOffset now) : IBusinessRule
{
    public string Message => status != ReferralStatus.Published
        ? $"The referral is {status}; it takes responses only while it is published."
        : $"The referral's response deadline passed at {deadline:u}.";

    public bool IsBroken() => status != ReferralStatus.Published || now >= deadline;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
