namespace Dps.ContractManagement.Domain.Payments;

public enum ClaimStatus
{
    /// <summary>The supplier claimed the milestone; the buyer has yet to decide.</summary>
    Claimed = 1,

    /// <summary>The buyer accepted the evidence: the milestone is paid.</summary>
    Verified = 2,

    /// <summary>The buyer refused the evidence, with a reason; the supplier may claim the milestone again.</summary>
    Rejected = 3,
}
