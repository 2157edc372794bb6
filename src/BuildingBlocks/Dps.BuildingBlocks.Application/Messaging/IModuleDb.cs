using Dps.BuildingBlocks.Domain;

namespace Dps.BuildingBlocks.Application.Messaging;

/// <summary>What every module's store offers its handlers besides its own tables.</summary>
public interface IModuleDb
{
    /// <summary>Queues an integration event; it is written with the next save, in the same transaction.</summary>
    void AddToOutbox(IntegrationEvent integrationEvent);

    /// <summary>Makes the next save fail unless the aggregate is still at the version the client last read (If-Match).</summary>
    void ExpectVersion(AggregateRoot aggregate, uint? expectedVersion);

    Task<bool> HasProcessedAsync(Guid eventId, string consumer, CancellationToken cancellationToken);

    void MarkProcessed(IntegrationEvent integrationEvent, string consumer);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
