using System.Reflection;
using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.ArchitectureTests;

/// <summary>Rule 8: integration events are immutable facts published from the module's contract assembly.</summary>
public sealed class IntegrationEventTests
{
    [TestCaseSource(typeof(Cases), nameof(Cases.AllAssemblies))]
    public void Integration_events_live_in_an_integration_events_assembly(Assembly assembly)
    {
        var isIntegrationEventsAssembly = ModuleLayer.Of(assembly.GetName())?.Layer == "IntegrationEvents";
        List<Type> misplaced = isIntegrationEventsAssembly ? [] : ConcreteIntegrationEventsIn(assembly);

        Assert.That(misplaced, Is.Empty, $"Integration events outside an .IntegrationEvents assembly, in {assembly.GetName().Name}: {Types.List(misplaced)}");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.AllAssemblies))]
    public void Integration_events_are_sealed_records(Assembly assembly)
    {
        var offenders = ConcreteIntegrationEventsIn(assembly).Where(t => !t.IsSealed || !Types.IsRecord(t)).ToList();

        Assert.That(offenders, Is.Empty, $"Integration events that are not sealed records in {assembly.GetName().Name}: {Types.List(offenders)}");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.AllAssemblies))]
    public void Integration_events_name_their_subject_first_after_their_id(Assembly assembly)
    {
        var offenders = ConcreteIntegrationEventsIn(assembly).Where(t => IntegrationEventSubject.PropertyOf(t) is null).ToList();

        Assert.That(offenders, Is.Empty, $"Integration events with no Guid member after Id to deliver them by, in {assembly.GetName().Name}: {Types.List(offenders)}");
    }

    [Test]
    public void Known_integration_events_are_about_their_membership_or_category()
    {
        var events = ConcreteIntegrationEventsIn(DpsAssemblies.Named("Dps.Qualification.IntegrationEvents"));

        Assert.That(
            events.ToDictionary(t => t.Name, t => IntegrationEventSubject.PropertyOf(t)?.Name),
            Does.ContainKey("CategoryAddedIntegrationEvent").WithValue("CategoryId")
                .And.ContainKey("MembershipSuspendedIntegrationEvent").WithValue("MembershipId")
                .And.ContainKey("EstablishmentAdmittedIntegrationEvent").WithValue("MembershipId"));
    }

    [Test]
    public void Known_integration_event_is_recognised_as_a_sealed_record()
    {
        var events = ConcreteIntegrationEventsIn(DpsAssemblies.Named("Dps.Qualification.IntegrationEvents"));

        Assert.That(events.Select(t => t.Name), Does.Contain("CategoryAddedIntegrationEvent"));
        Assert.That(events.Where(Types.IsRecord), Is.EquivalentTo(events));
    }

    private static List<Type> ConcreteIntegrationEventsIn(Assembly assembly) =>
        Types.Of(assembly).Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(IntegrationEvent))).ToList();
}
