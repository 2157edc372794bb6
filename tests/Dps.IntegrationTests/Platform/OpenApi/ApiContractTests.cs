using System.Reflection;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Platform.OpenApi;

/// <summary>
/// The HTTP contract is not the domain model: a request or response body is built of the API's own records, so
/// renaming or reshaping a domain type can never change the public JSON by accident. Domain enums may appear, since
/// they travel as their names.
/// </summary>
public sealed class ApiContractTests : ApiTest
{
    [Test]
    public void No_request_or_response_body_reaches_a_class_record_or_struct_of_a_domain_assembly()
    {
        var bodies = BodyTypes().ToList();
        var reached = new Dictionary<Type, string>();
        foreach (var (type, where) in bodies)
        {
            Walk(type, where, reached);
        }

        var domainTypes = reached
            .Where(r => IsDomainAssembly(r.Key.Assembly) && !r.Key.IsEnum)
            .Select(r => $"{r.Key.FullName} (reached from {r.Value})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(reached.Keys.Count(IsDps), Is.GreaterThan(bodies.Select(b => b.Type).Distinct().Count(IsDps)), "the walk does not reach into the bodies");
        Assert.That(domainTypes, Is.Empty, "request or response bodies built of domain types:\n  " + string.Join("\n  ", domainTypes));
    }

    /// <summary>Every body an endpoint accepts or answers with, as the API explorer (and so the OpenAPI document) sees it.</summary>
    private IEnumerable<(Type Type, string Where)> BodyTypes()
    {
        var descriptions = Api.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>()
            .ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .ToList();
        Assert.That(descriptions, Has.Count.GreaterThanOrEqualTo(10), "the API explorer lists too few endpoints");

        foreach (var description in descriptions)
        {
            var endpoint = $"{description.HttpMethod} /{description.RelativePath}";
            foreach (var parameter in description.ParameterDescriptions.Where(p => p.Source == BindingSource.Body && p.Type is not null))
            {
                yield return (parameter.Type, $"the request of {endpoint}");
            }

            foreach (var response in description.SupportedResponseTypes.Where(r => r.Type is not null && r.Type != typeof(void)))
            {
                yield return (response.Type!, $"the {response.StatusCode} response of {endpoint}");
            }
        }
    }

    /// <summary>The type and every type it is built of: generic arguments, array elements and, for Dps types, public properties.</summary>
    private static void Walk(Type type, string where, Dictionary<Type, string> reached)
    {
        if (!reached.TryAdd(type, where))
        {
            return;
        }

        var path = $"{Name(type)} in {where}";
        if (type.HasElementType)
        {
            Walk(type.GetElementType()!, path, reached);
        }

        foreach (var argument in type.IsConstructedGenericType ? type.GetGenericArguments() : [])
        {
            Walk(argument, path, reached);
        }

        foreach (var property in IsDps(type) ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance) : [])
        {
            Walk(property.PropertyType, $"{Name(type)}.{property.Name} in {where}", reached);
        }
    }

    private static bool IsDps(Type type) => type.Assembly.GetName().Name!.StartsWith("Dps.", StringComparison.Ordinal);

    private static bool IsDomainAssembly(Assembly assembly) =>
        assembly.GetName().Name is { } name && name.StartsWith("Dps.", StringComparison.Ordinal) && name.EndsWith(".Domain", StringComparison.Ordinal);

    private static string Name(Type type) => type.IsConstructedGenericType
        ? $"{type.Name.Split('`')[0]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
