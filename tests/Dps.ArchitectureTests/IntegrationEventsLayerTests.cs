namespace Dps.ArchitectureTests;

/// <summary>Rule 4: the one assembly other modules may reference drags none of its module's inside along.</summary>
public sealed class IntegrationEventsLayerTests
{
    public static IEnumerable<TestCaseData> IntegrationEventsAssemblies() => Cases.Layer("IntegrationEvents");

    [TestCaseSource(nameof(IntegrationEventsAssemblies))]
    public void Integration_events_reference_only_building_blocks_among_dps_assemblies(ModuleAssembly module)
    {
        var offenders = DpsAssemblies.DpsReferencesOf(module.Assembly).Where(r => !DpsAssemblies.IsBuildingBlock(r)).ToList();

        Assert.That(offenders, Is.Empty, $"{module} references {Types.List(offenders)}");
    }
}
