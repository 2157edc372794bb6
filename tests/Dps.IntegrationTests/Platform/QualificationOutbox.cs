using Dps.BuildingBlocks.Application.Messaging;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Platform;

/// <summary>Qualification's outbox as the delivery tests write and read it.</summary>
public static class QualificationOutbox
{
    /// <summary>Writes the events to the outbox in one save, as a command would; the host's processor, if enabled, is signalled.</summary>
    public static async Task WriteAsync(DpsApiFactory api, params IntegrationEvent[] events)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var qualification = (IModuleDb)scope.ServiceProvider.GetRequiredService(api.DbContextOf("qualification"));
        foreach (var integrationEvent in events)
        {
            qualification.AddToOutbox(integrationEvent);
        }

        await qualification.SaveChangesAsync();
    }

    /// <summary>A score change of the admitted membership; until the admission is delivered, the Catalogue cannot consume it.</summary>
    public static CoreCompetencyScoreChangedIntegrationEvent ScoreChange(EstablishmentAdmittedIntegrationEvent admission) => new(
        Guid.NewGuid(), admission.OccurredAt.AddMinutes(1), admission.MembershipId, admission.EstablishmentId, admission.CategoryId, 68m, 71.5m, "Review");

    public static async Task<int> AttemptsAsync(DpsApiFactory api, Guid eventId) =>
        await Sql.ScalarAsync<int>(api.ConnectionString, "SELECT attempts FROM qualification.outbox_messages WHERE id = @p0", eventId);

    public static async Task<bool> DeliveredAsync(DpsApiFactory api, Guid eventId) =>
        await Sql.CountAsync(api.ConnectionString, "SELECT count(*) FROM qualification.outbox_messages WHERE id = @p0 AND processed_at IS NOT NULL", eventId) == 1;

    public static async Task<bool> ParkedAsync(DpsApiFactory api, Guid eventId) =>
        await Sql.CountAsync(api.ConnectionString, "SELECT count(*) FROM qualification.outbox_messages WHERE id = @p0 AND parked_at IS NOT NULL", eventId) == 1;

    public static async Task<DateTimeOffset> TimeAsync(DpsApiFactory api, Guid eventId, string column) =>
        new(await Sql.ScalarAsync<DateTime>(api.ConnectionString, $"SELECT {column} FROM qualification.outbox_messages WHERE id = @p0", eventId), TimeSpan.Zero);
}
