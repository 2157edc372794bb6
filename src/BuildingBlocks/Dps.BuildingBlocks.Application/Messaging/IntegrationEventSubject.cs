using System.Collections.Concurrent;
using System.Reflection;

namespace Dps.BuildingBlocks.Application.Messaging;

/// <summary>
/// What an integration event is about: the first <see cref="Guid"/> of its record's members after
/// <see cref="IntegrationEvent.Id"/> (e.g. a membership's id). The outbox delivers events about one subject one after
/// another, in order, and events about different subjects side by side.
/// </summary>
public static class IntegrationEventSubject
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Properties = new();

    /// <summary>The subject's member of the event type, by the order of its record's parameters; null if it has none.</summary>
    public static PropertyInfo? PropertyOf(Type eventType) => Properties.GetOrAdd(eventType, type =>
    {
        var parameter = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?
            .GetParameters()
            .FirstOrDefault(p => p.ParameterType == typeof(Guid) && p.Name != "Id");
        return parameter is null ? null : type.GetProperty(parameter.Name!);
    });

    /// <summary>The event's subject; null (one shared subject) for an event that names none.</summary>
    public static Guid? Of(IntegrationEvent integrationEvent) =>
        (Guid?)PropertyOf(integrationEvent.GetType())?.GetValue(integrationEvent);
}
