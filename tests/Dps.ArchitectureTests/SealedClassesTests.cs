namespace Dps.ArchitectureTests;

/// <summary>Rule 6: internal sealed by default; a class is open only to be a base.</summary>
public sealed class SealedClassesTests
{
    [TestCaseSource(typeof(Cases), nameof(Cases.ModuleAssemblies))]
    public void Classes_are_sealed_abstract_or_static(ModuleAssembly module)
    {
        var offenders = Types.WrittenIn(module.Assembly).Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).ToList();

        Assert.That(offenders, Is.Empty, $"Unsealed classes in {module}: {Types.List(offenders)}");
    }
}
