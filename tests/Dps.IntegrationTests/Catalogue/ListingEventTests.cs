using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using static Dps.IntegrationTests.Catalogue.CatalogueEvents;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>The listings follow Qualification's events, delivered at least once, as the outbox delivers them.</summary>
public sealed class ListingEventTests : ApiTest
{
    private const string Listing = "SELECT count(*) FROM catalogue.listed_establishments WHERE establishment_id = @p0";
    private const string Active = "SELECT count(*) FROM catalogue.listed_establishments WHERE establishment_id = @p0 AND status = 'Active'";

    [Test]
    public async Task A_redelivered_event_changes_nothing_twice()
    {
        var admitted = Admission();
        var suspended = Suspension(admitted, DateTimeOffset.UtcNow);
        var reinstated = Reinstatement(admitted, DateTimeOffset.UtcNow);

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
        var admitted = Admission();
        await DeliverAsync(admitted);
        await DeliverAsync(new MembershipRemovedIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, admitted.MembershipId, admitted.EstablishmentId, admitted.CategoryId, "Closing"));
        await DeliverAsync(Reinstatement(admitted, DateTimeOffset.UtcNow));
        var afterReinstatement = await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId);

        await DeliverAsync(admitted with { Id = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, MembershipId = Guid.NewGuid() });

        Assert.That(afterReinstatement, Is.Zero);
        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(ConnectionString, Listing, admitted.EstablishmentId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_suspension_delivered_before_its_admission_waits_and_then_applies()
    {
        var admitted = Admission();
        var suspended = Suspension(admitted, DateTimeOffset.UtcNow);

        Assert.ThrowsAsync<MembershipNotYetListedException>(() => DeliverAsync(suspended), "not consumed: the outbox delivers it again");
        await DeliverAsync(admitted);
        await DeliverAsync(suspended);

        Assert.That(await Sql.CountAsync(ConnectionString, Listing, admitted.EstablishmentId), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.Zero);
    }

    [Test]
    public async Task Events_delivered_out_of_order_leave_the_latest_state()
    {
        var admitted = Admission();
        var suspended = Suspension(admitted, admitted.OccurredAt.AddMinutes(1));
        var reinstated = Reinstatement(admitted, admitted.OccurredAt.AddMinutes(2));

        await DeliverAsync(admitted);
        await DeliverAsync(reinstated);
        await DeliverAsync(suspended);

        Assert.That(await Sql.CountAsync(ConnectionString, Active, admitted.EstablishmentId), Is.EqualTo(1), "the reinstatement is the later fact");
    }

    private Task DeliverAsync(IntegrationEvent integrationEvent) => PublishAsync(Api, integrationEvent);
}
