using System.Reflection;
using MediatR;

namespace Dps.ArchitectureTests;

/// <summary>What of a module's domain its public requests show: the types of their properties and of their responses'.</summary>
public static class ModuleContracts
{
    private static readonly Lazy<IReadOnlySet<Type>> DomainTypes = new(FindDomainTypes);

    /// <summary>
    /// The domain types a caller of the modules' public requests cannot avoid: reached from each request and its
    /// response through public properties, collections and nullables.
    /// </summary>
    public static IReadOnlySet<Type> DomainTypesOfPublicRequests => DomainTypes.Value;

    private static HashSet<Type> FindDomainTypes()
    {
        var requests = DpsAssemblies.OfLayer("Application")
            .SelectMany(m => Types.Of(m.Assembly))
            .Where(t => t.IsPublic && Types.Implements(t, typeof(IRequest<>)));
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(requests);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var next in Reachable(type))
            {
                pending.Push(next);
            }
        }

        return [.. seen.Where(t => ModuleLayer.Of(t.Assembly.GetName())?.Layer == "Domain")];
    }

    private static IEnumerable<Type> Reachable(Type type)
    {
        if (type.HasElementType)
        {
            return [type.GetElementType()!];
        }

        var reachable = type.IsGenericType ? type.GetGenericArguments() : [];
        if (type.IsGenericParameter || type.Namespace?.StartsWith("Dps.", StringComparison.Ordinal) != true)
        {
            return reachable;
        }

        var responses = type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .Select(i => i.GetGenericArguments()[0]);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType);
        return [.. reachable, .. responses, .. properties];
    }
}
