using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Dps.ArchitectureTests;

/// <summary>A type one assembly uses from another, named as <see cref="Type.FullName"/> names it.</summary>
public sealed record UsedType(string Assembly, string FullName)
{
    public override string ToString() => FullName;
}

public static class UsedTypes
{
    /// <summary>
    /// Every type <paramref name="assembly"/> uses from other assemblies, read from its metadata's type references: in
    /// method bodies as well as in signatures, which reflection alone does not see.
    /// </summary>
    public static IReadOnlyList<UsedType> By(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences.Select(handle => Resolve(metadata, handle)).OfType<UsedType>().Distinct()];
    }

    public static string List(IEnumerable<UsedType> types) => string.Join(", ", types.Select(t => t.FullName).Order(StringComparer.Ordinal));

    private static UsedType? Resolve(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        var space = metadata.GetString(type.Namespace);
        return type.ResolutionScope.Kind switch
        {
            HandleKind.AssemblyReference => new UsedType(
                metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name),
                space.Length == 0 ? name : $"{space}.{name}"),
            HandleKind.TypeReference when Resolve(metadata, (TypeReferenceHandle)type.ResolutionScope) is { } outer =>
                outer with { FullName = $"{outer.FullName}+{name}" },
            _ => null,
        };
    }
}
