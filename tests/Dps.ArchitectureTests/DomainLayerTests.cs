namespace Dps.ArchitectureTests;

/// <summary>Rule 2: the domain knows no database and no web.</summary>
public sealed class DomainLayerTests
{
    private static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore", "Swashbuckle"];

    public static IEnumerable<TestCaseData> DomainAssemblies() =>
        Cases.LayerWithBuildingBlock("Domain");

    [TestCaseSource(nameof(DomainAssemblies))]
    public void Domain_references_no_persistence_or_web_framework(System.Reflection.Assembly assembly)
    {
        var offenders = References.StartingWith(assembly, Forbidden);

        Assert.That(offenders, Is.Empty, $"{assembly.GetName().Name} references {Types.List(offenders)}");
    }
}
