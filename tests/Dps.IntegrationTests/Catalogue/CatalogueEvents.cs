using Dps.BuildingBlocks.Application.Messaging;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>
/// Qualification's membership events, the Catalogue's input, built and published through the host's MediatR as the outbox
/// delivers them: a test arranges listings without walking the qualification flow.
/// </summary>
public static class CatalogueEvents
{
    /// <summary>A new establishment and membership of the supplier admitted to the category; not yet published.</summary>
    public static EstablishmentAdmittedIntegrationEvent Admission(Guid? supplierId = null, Guid? dpsId = null, Guid? categoryId = null) => new(
        Guid.NewGuid(),
        DateTimeOffset.UtcNow,
        Guid.NewGuid(),
        Guid.NewGuid(),
        supplierId ?? Guid.NewGuid(),
        dpsId ?? Guid.NewGuid(),
        categoryId ?? Guid.NewGuid(),
        new EstablishmentSnapshot("Oakfield School", "RH12 1AB", 51.06, -0.33, 10, SupplierIsSme: true),
        [],
        5m,
        10m,
        68m);

    public static MembershipSuspendedIntegrationEvent Suspension(EstablishmentAdmittedIntegrationEvent admission, DateTimeOffset occurredAt) => new(
        Guid.NewGuid(), occurredAt, admission.MembershipId, admission.EstablishmentId, admission.CategoryId, ["PF1"], "Insurance lapsed");

    public static MembershipReinstatedIntegrationEvent Reinstatement(EstablishmentAdmittedIntegrationEvent admission, DateTimeOffset occurredAt) => new(
        Guid.NewGuid(), occurredAt, admission.MembershipId, admission.EstablishmentId, admission.CategoryId);

    public static async Task<EstablishmentAdmittedIntegrationEvent> AdmitAsync(DpsApiFactory api, Guid supplierId, Guid dpsId, Guid categoryId)
    {
        var admission = Admission(supplierId, dpsId, categoryId);
        await PublishAsync(api, admission);
        return admission;
    }

    /// <summary>Suspends the admitted membership, a minute after its admission.</summary>
    public static async Task<MembershipSuspendedIntegrationEvent> SuspendAsync(DpsApiFactory api, EstablishmentAdmittedIntegrationEvent admission)
    {
        var suspension = Suspension(admission, admission.OccurredAt.AddMinutes(1));
        await PublishAsync(api, suspension);
        return suspension;
    }

    /// <summary>Reinstates the suspended membership, a minute after its suspension.</summary>
    public static async Task<MembershipReinstatedIntegrationEvent> ReinstateAsync(DpsApiFactory api, MembershipSuspendedIntegrationEvent suspension)
    {
        var reinstatement = new MembershipReinstatedIntegrationEvent(
            Guid.NewGuid(), suspension.OccurredAt.AddMinutes(1), suspension.MembershipId, suspension.EstablishmentId, suspension.CategoryId);
        await PublishAsync(api, reinstatement);
        return reinstatement;
    }

    public static async Task PublishAsync(DpsApiFactory api, IntegrationEvent integrationEvent)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }
}
