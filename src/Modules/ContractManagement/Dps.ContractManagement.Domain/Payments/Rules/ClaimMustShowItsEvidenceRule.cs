using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>The buyer verifies a claim from its evidence: a description and the reference of what backs it, both given.</summary>
internal sealed class ClaimMustShowItsEvidenceRule(ClaimEvidence? evidence) : IBusinessRule
{
    public string Message => "A claim needs its evidence: a description and a reference.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(evidence?.Description) || string.IsNullOrWhiteSpace(evidence.Reference);
}
