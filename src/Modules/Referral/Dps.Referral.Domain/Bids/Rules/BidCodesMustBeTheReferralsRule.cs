using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids.Rules;

/// <summary>A bid says which of the referral's own required needs and desired features it meets; no others.</summary>
internal sealed class BidCodesMustBeTheReferralsRule(string kind, IReadOnlyList<string> claimed, IReadOnlyList<string> referral) : IBusinessRule
{
    private IEnumerable<string> Unknown => claimed.Where(c => !referral.Contains(c, StringComparer.OrdinalIgnoreCase));

    public string Message => $"Not a {kind} of this referral: {string.Join(", ", Unknown)}.";

    public bool IsBroken() => Unknown.Any();
}
