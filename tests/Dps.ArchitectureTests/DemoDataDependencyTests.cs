using System.Reflection;

namespace Dps.ArchitectureTests;

/// <summary>Rule 10: the demo data drives the modules through their public requests, as a caller of the API does.</summary>
public sealed class DemoDataDependencyTests
{
    private static Assembly DemoData => DpsAssemblies.Named(DpsAssemblies.DemoData);

    [Test]
    public void Demo_data_references_neither_module_infrastructure_nor_the_host()
    {
        var offenders = DpsAssemblies.DpsReferencesOf(DemoData)
            .Where(r => r.Name == DpsAssemblies.Host || ModuleLayer.Of(r) is { Layer: "Infrastructure" })
            .ToList();

        Assert.That(offenders, Is.Empty, $"{DpsAssemblies.DemoData} references {Types.List(offenders)}");
    }

    [Test]
    public void Demo_data_uses_of_module_domains_only_what_public_requests_take_or_return()
    {
        var contract = ModuleContracts.DomainTypesOfPublicRequests.Select(t => t.FullName).ToHashSet();

        var offenders = UsedTypes.By(DemoData)
            .Where(t => ModuleLayer.Of(new AssemblyName(t.Assembly)) is { Layer: "Domain" } && !contract.Contains(t.FullName))
            .ToList();

        Assert.That(offenders, Is.Empty, $"{DpsAssemblies.DemoData} uses domain types no public request takes or returns: {UsedTypes.List(offenders)}");
    }

    [TestCase("Dps.Qualification.Domain.PurchasingSystems.Authority")]
    [TestCase("Dps.Qualification.Domain.Applications.CriterionAnswer")]
    [TestCase("Dps.Catalogue.Domain.Taxonomies.TaxonomyTerm")]
    public void Known_domain_types_of_public_requests_are_recognised_and_seen_in_use(string type)
    {
        Assert.That(ModuleContracts.DomainTypesOfPublicRequests.Select(t => t.FullName), Does.Contain(type));
        Assert.That(UsedTypes.By(DemoData).Select(t => t.FullName), Does.Contain(type));
    }

    [TestCase("Dps.Qualification.Domain.Categories.Category")]
    [TestCase("Dps.Qualification.Domain.Categories.Criteria.CategoryCriteria")]
    public void Aggregates_and_their_inner_values_are_no_part_of_the_requests(string type) =>
        Assert.That(ModuleContracts.DomainTypesOfPublicRequests.Select(t => t.FullName), Does.Not.Contain(type));

    [TestCaseSource(typeof(Cases), nameof(Cases.ModuleAssemblies))]
    public void Module_does_not_reference_the_demo_data(ModuleAssembly module) =>
        Assert.That(DpsAssemblies.DpsReferencesOf(module.Assembly).Select(r => r.Name), Does.Not.Contain(DpsAssemblies.DemoData));
}
