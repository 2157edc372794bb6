using NJsonSchema;
using NJsonSchema.Validation;

namespace Dps.UnitTests.ContractManagement.Publications;

/// <summary>The OCDS 1.1.5 release package schema, its release schema resolved from the copy beside it, never fetched.</summary>
internal static class OcdsSchemas
{
    public const string ReleaseSchemaUri = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly string Folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "ContractManagement", "Publications", "Ocds");

    private static readonly Lazy<Task<JsonSchema>> Package = new(LoadPackageSchema);

    public static async Task<IReadOnlyList<string>> ErrorsOf(string packageJson)
    {
        var schema = await Package.Value;
        return [.. schema.Validate(packageJson).SelectMany(Flatten)];
    }

    private static async Task<JsonSchema> LoadPackageSchema()
    {
        var path = Path.Combine(Folder, "release-package-schema.json");
        return await JsonSchema.FromJsonAsync(
            await File.ReadAllTextAsync(path),
            path,
            schema => new LocalReferences(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator())));
    }

    /// <summary>Each error as "path: kind", child schemas' errors (of anyOf, oneOf, a reference) included.</summary>
    private static IEnumerable<string> Flatten(ValidationError error)
    {
        yield return $"{error.Path}: {error.Kind}";
        if (error is ChildSchemaValidationError child)
        {
            foreach (var inner in child.Errors.SelectMany(e => e.Value).SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }

    private sealed class LocalReferences(JsonSchemaAppender appender) : JsonReferenceResolver(appender)
    {
        public override async Task<NJsonSchema.References.IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
            url == ReleaseSchemaUri
                ? await JsonSchema.FromFileAsync(Path.Combine(Folder, "release-schema.json"), cancellationToken)
                : throw new InvalidOperationException($"The tests fetch no schema; {url} has no local copy.");
    }
}
