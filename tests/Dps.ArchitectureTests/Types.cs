using System.Reflection;
using System.Runtime.CompilerServices;

namespace Dps.ArchitectureTests;

public static class Types
{
    public static IReadOnlyList<Type> Of(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            Assert.Fail($"{assembly.GetName().Name} has types that do not load: {string.Join("; ", exception.LoaderExceptions.Select(e => e?.Message))}");
            throw;
        }
    }

    /// <summary>Types written by hand, not emitted by the compiler (closures, state machines, embedded attributes …).</summary>
    public static IEnumerable<Type> WrittenIn(Assembly assembly) =>
        Of(assembly).Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false));

    public static bool IsVisibleOutsideItsAssembly(Type type) => type.IsPublic || type.IsNestedPublic;

    public static bool IsStatic(Type type) => type is { IsAbstract: true, IsSealed: true };

    public static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    public static bool Implements(Type type, Type openGenericInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGenericInterface);

    public static string List(IEnumerable<Type> types) => string.Join(", ", types.Select(t => t.FullName));

    public static string List(IEnumerable<AssemblyName> names) => string.Join(", ", names.Select(n => n.Name));
}
