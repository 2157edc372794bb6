using Dps.Bench;
using Dps.Qualification.IntegrationEvents;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Catalogue.Bench;

internal static class Participation
{
    /// <summary>
    /// A category of a DPS the buyer's authority takes part in, as the Catalogue learns them from Qualification's events
    /// (the outbox is off, so they are published here): buyers search only such categories.
    /// </summary>
    public static async Task OpenToTheBuyerAsync(this BenchApi api, Guid categoryId, Guid authorityId)
    {
        var dpsId = Guid.NewGuid();
        await using var scope = api.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Publish(new DpsParticipantsChangedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, dpsId, [authorityId]));
        await mediator.Publish(new CategoryAddedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, categoryId, dpsId, "SEN"));
    }
}
