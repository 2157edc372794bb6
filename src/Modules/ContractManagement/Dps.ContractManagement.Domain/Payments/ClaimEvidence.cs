namespace Dps.ContractManagement.Domain.Payments;

/// <summary>What the supplier shows for a milestone: a description, and the reference of the document or record behind it.</summary>
public sealed record ClaimEvidence(string Description, string Reference);
