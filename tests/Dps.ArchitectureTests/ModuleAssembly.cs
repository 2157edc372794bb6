using System.Reflection;

namespace Dps.ArchitectureTests;

/// <summary>A module's assembly, named <c>Dps.&lt;Module&gt;.&lt;Layer&gt;</c>.</summary>
public sealed record ModuleAssembly(string Module, string Layer, Assembly Assembly)
{
    public string Name => $"Dps.{Module}.{Layer}";

    public override string ToString() => Name;
}

/// <summary>The module and layer an assembly name stands for.</summary>
public sealed record ModuleLayer(string Module, string Layer)
{
    /// <summary>Null for building blocks, the host and any name that is not <c>Dps.&lt;Module&gt;.&lt;Layer&gt;</c>.</summary>
    public static ModuleLayer? Of(AssemblyName assemblyName) =>
        assemblyName.Name!.Split('.') is ["Dps", var module, var layer]
        && DpsAssemblies.Modules.Contains(module)
        && DpsAssemblies.Layers.Contains(layer)
            ? new ModuleLayer(module, layer)
            : null;
}
