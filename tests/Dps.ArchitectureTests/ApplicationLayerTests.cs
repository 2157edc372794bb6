using System.Reflection;

namespace Dps.ArchitectureTests;

/// <summary>Rule 3: the application layer knows no database driver, no web and no infrastructure.</summary>
public sealed class ApplicationLayerTests
{
    private static readonly string[] Forbidden = ["Npgsql", "Microsoft.AspNetCore", "Swashbuckle"];

    public static IEnumerable<TestCaseData> ApplicationAssemblies() =>
        Cases.LayerWithBuildingBlock("Application");

    [TestCaseSource(nameof(ApplicationAssemblies))]
    public void Application_references_no_database_driver_or_web_framework(Assembly assembly)
    {
        var offenders = References.StartingWith(assembly, Forbidden);

        Assert.That(offenders, Is.Empty, $"{assembly.GetName().Name} references {Types.List(offenders)}");
    }

    [TestCaseSource(nameof(ApplicationAssemblies))]
    public void Application_references_no_infrastructure_assembly(Assembly assembly)
    {
        var offenders = DpsAssemblies.DpsReferencesOf(assembly).Where(r => r.Name!.EndsWith(".Infrastructure", StringComparison.Ordinal)).ToList();

        Assert.That(offenders, Is.Empty, $"{assembly.GetName().Name} references {Types.List(offenders)}");
    }
}
