using System.Reflection;

namespace Dps.BuildingBlocks.Infrastructure.Modules;

/// <summary>A module as the host knows it: its schema, its DbContext, the assembly holding its requests, and whether it publishes integration events.</summary>
public sealed record ModuleDescriptor(string Name, Type DbContextType, Assembly? ApplicationAssembly, bool PublishesEvents);

public sealed class ModuleRegistry(IEnumerable<ModuleDescriptor> modules)
{
    public IReadOnlyList<ModuleDescriptor> All { get; } = modules.ToList();

    public ModuleDescriptor OwnerOf(Type requestType) =>
        All.SingleOrDefault(m => m.ApplicationAssembly == requestType.Assembly)
        ?? throw new InvalidOperationException($"{requestType.Name} belongs to no registered module.");
}
