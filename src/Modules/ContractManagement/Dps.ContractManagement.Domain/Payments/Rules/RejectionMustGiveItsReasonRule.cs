using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>A rejected claim says why, so the supplier can claim again with what was missing.</summary>
internal sealed class RejectionMustGiveItsReasonRule(string? reason) : IBusinessRule
{
    public string Message => "A rejection needs its reason.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}
