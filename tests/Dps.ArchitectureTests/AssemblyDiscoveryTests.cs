namespace Dps.ArchitectureTests;

/// <summary>The rules below are only as good as the assemblies they see.</summary>
public sealed class AssemblyDiscoveryTests
{
    [TestCaseSource(typeof(Cases), nameof(Cases.Modules))]
    public void Every_module_has_an_infrastructure_assembly(string module) =>
        Assert.That(DpsAssemblies.OfLayer("Infrastructure").Select(m => m.Module), Does.Contain(module));

    [TestCase("Dps.BuildingBlocks.Domain")]
    [TestCase("Dps.BuildingBlocks.Application")]
    [TestCase("Dps.BuildingBlocks.Infrastructure")]
    [TestCase(DpsAssemblies.Host)]
    [TestCase(DpsAssemblies.DemoData)]
    public void Building_blocks_host_and_demo_data_are_found(string assemblyName) =>
        Assert.That(DpsAssemblies.All.Select(a => a.GetName().Name), Does.Contain(assemblyName));

    [TestCaseSource(typeof(Cases), nameof(Cases.AllAssemblies))]
    public void Every_dps_assembly_is_a_module_layer_a_building_block_the_host_or_the_demo_data(System.Reflection.Assembly assembly)
    {
        var name = assembly.GetName();

        Assert.That(
            ModuleLayer.Of(name) is not null || DpsAssemblies.IsBuildingBlock(name) || name.Name is DpsAssemblies.Host or DpsAssemblies.DemoData,
            Is.True,
            $"{name.Name} is none of Dps.<Module>.<Layer> (Module in {string.Join('/', DpsAssemblies.Modules)}, Layer in {string.Join('/', DpsAssemblies.Layers)}), Dps.BuildingBlocks.*, {DpsAssemblies.Host} or {DpsAssemblies.DemoData}; no architecture rule would apply to it.");
    }
}
