using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>The listings follow Qualification's events, delivered at least once, as the outbox delivers them.</summary>
public sealed class ListingEventTests : ApiTest
{
    private const string Listing = "SELECT count(*) FROM catalogue.listed_establishments WHERE establishment_id = @p0";
    private const string Active = "SELECT count(*) FROM catalogue.listed_establishments WHERE establishment_id = @p0 AND status = 'Active'";

    [Test]
    public async Task A_redelivered_event_changes_nothing_twice()
    {
        var admitted = Admitted();
        var suspended = new MembershipSuspendedIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId, ["PF1"], "Insurance lapsed");
        var reinstated = new MembershipReinstatedIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId);

        await DeliverAsync(admitted);
        await DeliverAsync(admitted);
        await DeliverAsync(suspended);
        await DeliverAsync(reinstated);
        await DeliverAsync(suspended);

        Assert.That(await Sql.CountAsync(ConnectionString, Listing, admitted.EstablishmentId), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.EqualTo(1), "the second delivery of the suspension is ignored");
    }

    [Test]
    public async Task A_removed_listing_is_not_reinstated_but_a_new_admission_lists_it_again()
    {
        var admitted = Admitted();
        await DeliverAsync(admitted);
        await DeliverAsync(new MembershipRemovedIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId, "Closing"));
        await DeliverAsync(new MembershipReinstatedIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId));
        var afterReinstatement = await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId);

        await DeliverAsync(admitted with { Id = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, MembershipId = Guid.NewGuid() });

        Assert.That(afterReinstatement, Is.Zero);
        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(ConnectionString, Listing, admitted.EstablishmentId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_suspension_delivered_before_its_admission_waits_and_then_applies()
    {
        var admitted = Admitted();
        var suspended = new MembershipSuspendedIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId, ["PF1"], "Insurance lapsed");

        Assert.ThrowsAsync<MembershipNotYetListedException>(() => DeliverAsync(suspended), "not consumed: the outbox delivers it again");
        await DeliverAsync(admitted);
        await DeliverAsync(suspended);

        Assert.That(await Sql.CountAsync(ConnectionString, Listing, admitted.EstablishmentId), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.Zero);
    }

    [Test]
    public async Task Events_delivered_out_of_order_leave_the_latest_state()
    {
        var admitted = Admitted();
        var suspended = new MembershipSuspendedIntegrationEvent(
            Guid.NewGuid(), admitted.OccurredAt.AddMinutes(1), admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId, ["PF1"], "Insurance lapsed");
        var reinstated = new MembershipReinstatedIntegrationEvent(
            Guid.NewGuid(), admitted.OccurredAt.AddMinutes(2), admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId);

        await DeliverAsync(admitted);
        await DeliverAsync(reinstated);
        await DeliverAsync(suspended);

        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.EqualTo(1), "the reinstatement is the later fact");
    }

    private static EstablishmentAdmittedIntegrationEvent Admitted() => new(
        Guid.NewGuid(),
        DateTimeOffset.UtcNow,
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        new EstablishmentSnapshot("Oakfield School", "RH12 1AB", 51.06, -0.33, 10, SupplierIsSme: true),
        [],
        5m,
        10m,
        68m);

    private async Task DeliverAsync(IntegrationEvent integrationEvent)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent);
    }
}
