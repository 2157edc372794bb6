using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.ContractManagement.IntegrationEvents;

/// <summary>
/// Evidence recorded on a contract that its establishment no longer meets a pass/fail criterion of the category:
/// Qualification records a suspension request on the membership, which the DPS manager confirms (suspending it for that
/// criterion) or dismisses there.
/// </summary>
public sealed record SuspensionRequestedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid ContractId,
    Guid CategoryId,
    Guid EstablishmentId,
    string CriterionCode,
    string Evidence,
    string Reference,
    string RequestedBy) : IntegrationEvent(Id, OccurredAt);
