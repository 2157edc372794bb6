using System.Reflection;

namespace Dps.ArchitectureTests;

/// <summary>Test cases over the loaded assemblies, one per assembly, named after it.</summary>
public static class Cases
{
    public static IEnumerable<TestCaseData> ModuleAssemblies() => DpsAssemblies.ModuleAssemblies.Select(Case);

    public static IEnumerable<TestCaseData> Layer(string layer) => DpsAssemblies.OfLayer(layer).Select(Case);

    /// <summary>The assemblies of a layer in every module, plus the building block of that layer.</summary>
    public static IEnumerable<TestCaseData> LayerWithBuildingBlock(string layer) =>
        DpsAssemblies.OfLayer(layer).Select(m => m.Assembly)
            .Append(DpsAssemblies.Named(DpsAssemblies.BuildingBlocksPrefix + layer))
            .Select(Case);

    public static IEnumerable<TestCaseData> AllAssemblies() => DpsAssemblies.All.Select(Case);

    public static IEnumerable<TestCaseData> Modules() => DpsAssemblies.Modules.Select(m => new TestCaseData(m).SetArgDisplayNames(m));

    public static TestCaseData Case(ModuleAssembly module) => new TestCaseData(module).SetArgDisplayNames(module.Name);

    public static TestCaseData Case(Assembly assembly) => new TestCaseData(assembly).SetArgDisplayNames(assembly.GetName().Name!);
}
