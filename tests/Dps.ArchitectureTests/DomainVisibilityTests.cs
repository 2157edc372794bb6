using System.Reflection;
using Dps.BuildingBlocks.Domain;

namespace Dps.ArchitectureTests;

/// <summary>
/// A module's domain is internal but for what its public surface needs: the types its public requests, responses and
/// store interface name (and the types those name in turn), and its exceptions, which the platform reports. Rules,
/// domain events and helpers stay inside the module; its own layers and the unit tests see them through
/// InternalsVisibleTo.
/// </summary>
public sealed class DomainVisibilityTests
{
    private const BindingFlags PublicMembers = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<TestCaseData> Domains() => Cases.Layer("Domain");

    [TestCaseSource(nameof(Domains))]
    public void Business_rules_are_internal(ModuleAssembly domain)
    {
        var offenders = Types.WrittenIn(domain.Assembly)
            .Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && Types.IsVisibleOutsideItsAssembly(t))
            .ToList();

        Assert.That(offenders, Is.Empty, $"Public rules in {domain}: {Types.List(offenders)}");
    }

    [TestCaseSource(nameof(Domains))]
    public void Domain_events_are_internal(ModuleAssembly domain)
    {
        var offenders = Types.WrittenIn(domain.Assembly)
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && Types.IsVisibleOutsideItsAssembly(t))
            .ToList();

        Assert.That(offenders, Is.Empty, $"Public domain events in {domain}: {Types.List(offenders)}");
    }

    [TestCaseSource(nameof(Domains))]
    public void Domain_types_are_public_only_where_the_module_s_public_surface_needs_them(ModuleAssembly domain)
    {
        var needed = NeededBy(ApplicationOf(domain));
        var offenders = Types.WrittenIn(domain.Assembly)
            .Where(t => Types.IsVisibleOutsideItsAssembly(t) && !needed.Contains(t) && !typeof(Exception).IsAssignableFrom(t))
            .ToList();

        Assert.That(offenders, Is.Empty, $"Public types of {domain} that nothing public outside the domain needs; make them internal: {Types.List(offenders)}");
    }

    [Test]
    public void The_public_surface_reaches_the_aggregates_and_their_ids()
    {
        var needed = NeededBy(DpsAssemblies.Named("Dps.Qualification.Application"));

        Assert.That(needed.Select(t => t.Name), Is.SupersetOf(new[] { "Membership", "MembershipId", "CriterionAnswer", "MembershipStatus" }));
        Assert.That(needed.Select(t => t.Name), Has.None.EndsWith("Rule"));
    }

    private static Assembly? ApplicationOf(ModuleAssembly domain) =>
        DpsAssemblies.ModuleAssemblies.SingleOrDefault(m => m.Module == domain.Module && m.Layer == "Application")?.Assembly;

    /// <summary>Every Dps type named by the public signatures of the assembly's public types, and so on through those.</summary>
    private static HashSet<Type> NeededBy(Assembly? application)
    {
        var needed = new HashSet<Type>();
        var pending = new Queue<Type>(application is null ? [] : Types.WrittenIn(application).Where(Types.IsVisibleOutsideItsAssembly));
        while (pending.TryDequeue(out var type))
        {
            foreach (var named in SignatureTypes(type).SelectMany(Unwrap).Where(t => t.Namespace?.StartsWith("Dps.", StringComparison.Ordinal) == true))
            {
                if (needed.Add(named))
                {
                    pending.Enqueue(named);
                }
            }
        }

        return needed;
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (var member in type.GetMembers(PublicMembers))
        {
            switch (member)
            {
                case PropertyInfo property:
                    yield return property.PropertyType;
                    break;
                case FieldInfo field:
                    yield return field.FieldType;
                    break;
                case MethodBase method:
                    foreach (var parameter in method.GetParameters())
                    {
                        yield return parameter.ParameterType;
                    }

                    if (method is MethodInfo { ReturnType: var returnType })
                    {
                        yield return returnType;
                    }

                    break;
            }
        }
    }

    /// <summary>The type and the types it is made of: element types, generic arguments, ref and nullable wrappers.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType
            ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
            : [type];
    }
}
