using MediatR;

namespace Dps.BuildingBlocks.Application.Messaging;

/// <summary>
/// A fact one module tells the others. Stored in the publishing module's outbox in the same
/// transaction as the change, then delivered at least once; consumers are idempotent by <see cref="Id"/>.
/// Its first <see cref="Guid"/> member after <see cref="Id"/> names its subject (<see cref="IntegrationEventSubject"/>).
/// </summary>
public abstract record IntegrationEvent(Guid Id, DateTimeOffset OccurredAt) : INotification;
