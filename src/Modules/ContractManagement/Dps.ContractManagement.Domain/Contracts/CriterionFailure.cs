namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>
/// Evidence, recorded on a contract, that its establishment no longer meets a pass/fail criterion of its category (e.g.
/// an Ofsted rating of Inadequate): Qualification receives it as a suspension request for the DPS manager to confirm.
/// </summary>
public sealed record CriterionFailure(Guid RequestId, string CriterionCode, string Evidence, string Reference, string RecordedBy, DateTimeOffset RecordedAt);
