using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.ArchitectureTests;

/// <summary>Rule 7: the host adds each module with one explicit call, <c>services.Add&lt;Module&gt;Module()</c>.</summary>
public sealed class ModuleEntryPointTests
{
    public static IEnumerable<TestCaseData> InfrastructureAssemblies() => Cases.Layer("Infrastructure");

    [TestCaseSource(nameof(InfrastructureAssemblies))]
    public void Infrastructure_has_exactly_one_public_static_module_class(ModuleAssembly module)
    {
        var named = Types.Of(module.Assembly).Where(t => t.Name == $"{module.Module}Module").ToList();

        Assert.That(
            named.Where(t => t.IsPublic && Types.IsStatic(t)).ToList(),
            Has.Count.EqualTo(1),
            $"{module} must have exactly one public static class {module.Module}Module; types of that name: [{Types.List(named)}]");
    }

    [TestCaseSource(nameof(InfrastructureAssemblies))]
    public void Module_class_adds_the_module_to_a_service_collection(ModuleAssembly module)
    {
        var moduleClass = Types.Of(module.Assembly).FirstOrDefault(t => t.Name == $"{module.Module}Module" && t.IsPublic && Types.IsStatic(t));
        Assert.That(moduleClass, Is.Not.Null, $"{module} has no public static {module.Module}Module.");

        var add = moduleClass!.GetMethod($"Add{module.Module}Module", BindingFlags.Public | BindingFlags.Static, [typeof(IServiceCollection)]);

        Assert.That(add, Is.Not.Null, $"{moduleClass.FullName} has no public static Add{module.Module}Module(IServiceCollection).");
    }
}
