using MediatR;

namespace Dps.BuildingBlocks.Domain;

/// <summary>Something that happened inside an aggregate, handled in the same transaction.</summary>
public interface IDomainEvent : INotification;
