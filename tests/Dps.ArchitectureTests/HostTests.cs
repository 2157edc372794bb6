using System.Reflection;

namespace Dps.ArchitectureTests;

/// <summary>Rule 9: the host composes the modules through their entry points and holds none of their insides.</summary>
public sealed class HostTests
{
    private static Assembly Host => DpsAssemblies.Named(DpsAssemblies.Host);

    [Test]
    public void Host_references_no_module_assembly_but_infrastructure()
    {
        var offenders = DpsAssemblies.DpsReferencesOf(Host).Where(r => ModuleLayer.Of(r) is { Layer: not "Infrastructure" }).ToList();

        Assert.That(offenders, Is.Empty, $"{DpsAssemblies.Host} references module insides: {Types.List(offenders)}");
    }

    [Test]
    public void Host_uses_nothing_of_module_infrastructure_but_the_module_classes()
    {
        var offenders = UsedTypes.By(Host)
            .Where(t => ModuleLayer.Of(new AssemblyName(t.Assembly)) is { Layer: "Infrastructure" } m && t.FullName != ModuleClass(m.Module))
            .ToList();

        Assert.That(offenders, Is.Empty, $"{DpsAssemblies.Host} uses module infrastructure beyond the entry points: {UsedTypes.List(offenders)}");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.Modules))]
    public void Host_adds_every_module_through_its_module_class(string module) =>
        Assert.That(UsedTypes.By(Host).Select(t => t.FullName), Does.Contain(ModuleClass(module)));

    private static string ModuleClass(string module) => $"Dps.{module}.Infrastructure.{module}Module";
}
