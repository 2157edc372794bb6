using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// A module's examples for the OpenAPI document: one instance of each request and response record it maps, so the
/// compiler keeps them in step with the records. The host serialises them with the API's own JSON options into the
/// schemas' <c>example</c>, and derives a page's and a list's from their item's. Ids are the demo data's where it fixes
/// them (authorities, suppliers), so a pasted example meets real rows.
/// </summary>
public abstract class ApiExamples
{
    private readonly Dictionary<Type, object> _byType = [];

    public IReadOnlyDictionary<Type, object> ByType => _byType;

    protected void Add<T>(T example)
        where T : notnull => _byType.Add(typeof(T), example);
}

public static class ApiExamplesRegistration
{
    public static IServiceCollection AddApiExamples<TExamples>(this IServiceCollection services)
        where TExamples : ApiExamples => services.AddSingleton<ApiExamples, TExamples>();
}
