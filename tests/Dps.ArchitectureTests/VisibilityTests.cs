using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ArchitectureTests;

/// <summary>Rule 5: a module is driven through its requests, never by calling its handlers or reading its DbContext.</summary>
public sealed class VisibilityTests
{
    [TestCaseSource(typeof(Cases), nameof(Cases.ModuleAssemblies))]
    public void Request_and_notification_handlers_are_not_public(ModuleAssembly module)
    {
        var offenders = Types.Of(module.Assembly).Where(t => IsHandler(t) && Types.IsVisibleOutsideItsAssembly(t)).ToList();

        Assert.That(offenders, Is.Empty, $"Public handlers in {module}: {Types.List(offenders)}");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ModuleAssemblies))]
    public void DbContexts_are_not_public(ModuleAssembly module)
    {
        var offenders = Types.Of(module.Assembly).Where(t => IsDbContext(t) && Types.IsVisibleOutsideItsAssembly(t)).ToList();

        Assert.That(offenders, Is.Empty, $"Public DbContexts in {module}: {Types.List(offenders)}");
    }

    [TestCase("Dps.Qualification.Application", "Dps.Qualification.Application.Categories.AddCategoryHandler")]
    [TestCase("Dps.Qualification.Application", "Dps.Qualification.Application.Categories.PublishCategoryAdded")]
    [TestCase("Dps.Catalogue.Application", "Dps.Catalogue.Application.Taxonomies.OpenTaxonomyWhenCategoryAdded")]
    public void Known_handlers_are_recognised_as_handlers(string assembly, string type) =>
        Assert.That(IsHandler(DpsAssemblies.Named(assembly).GetType(type, throwOnError: true)!), Is.True);

    [TestCase("Dps.Qualification.Infrastructure", "Dps.Qualification.Infrastructure.Persistence.QualificationDbContext")]
    [TestCase("Dps.Referral.Infrastructure", "Dps.Referral.Infrastructure.Persistence.ReferralDbContext")]
    public void Known_db_contexts_are_recognised_as_db_contexts(string assembly, string type) =>
        Assert.That(IsDbContext(DpsAssemblies.Named(assembly).GetType(type, throwOnError: true)!), Is.True);

    private static bool IsHandler(Type type) =>
        type.IsClass && (Types.Implements(type, typeof(IRequestHandler<,>)) || Types.Implements(type, typeof(INotificationHandler<>)));

    private static bool IsDbContext(Type type) => type.IsClass && type.IsSubclassOf(typeof(DbContext));
}
