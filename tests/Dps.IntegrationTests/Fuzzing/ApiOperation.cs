namespace Dps.IntegrationTests.Fuzzing;

/// <summary>One operation of the OpenAPI document: what to call, with which inputs, and who may.</summary>
public sealed record ApiOperation(
    string Method, string Path, string? OperationId, IReadOnlyList<ApiParameter> Parameters, Schema? Body, bool BodyRequired, StatedRoles Roles)
{
    /// <summary>"POST /api/v1/dps": how reports and test cases name the operation.</summary>
    public string Key => $"{Method} {Path}";

    public IEnumerable<ApiParameter> InPath => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(p => p.In == "query");

    public bool AcceptsIfMatch => Parameters.Any(p => p.In == "header" && p.Name.Equals("If-Match", StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Key;
}

public sealed record ApiParameter(string Name, string In, bool Required, Schema Schema);
