using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A block recorded without a competition says why; the justification is kept with it as evidence.</summary>
internal sealed class DirectBlockBookingMustBeJustifiedRule(string? justification) : IBusinessRule
{
    public string Message => "A block booking recorded directly needs a justification.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(justification);
}
