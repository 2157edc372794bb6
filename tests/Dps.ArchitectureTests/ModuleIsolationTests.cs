namespace Dps.ArchitectureTests;

/// <summary>Rule 1: a module knows other modules only through their integration events.</summary>
public sealed class ModuleIsolationTests
{
    [TestCaseSource(typeof(Cases), nameof(Cases.ModuleAssemblies))]
    public void Module_references_no_other_module_except_its_integration_events(ModuleAssembly module)
    {
        var offenders = DpsAssemblies.DpsReferencesOf(module.Assembly)
            .Where(r => ModuleLayer.Of(r) is { } other && other.Module != module.Module && other.Layer != "IntegrationEvents")
            .ToList();

        Assert.That(offenders, Is.Empty, $"{module} references another module's inside: {Types.List(offenders)}");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ModuleAssemblies))]
    public void Module_does_not_reference_the_host(ModuleAssembly module) =>
        Assert.That(DpsAssemblies.DpsReferencesOf(module.Assembly).Select(r => r.Name), Does.Not.Contain(DpsAssemblies.Host));
}
