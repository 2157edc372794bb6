namespace Dps.IntegrationTests.Fuzzing;

/// <summary>A path, query or header value put in place of a valid one; a null <see cref="Value"/> leaves it out.</summary>
internal sealed record BadText(string Label, string? Value, bool Forbidden);

/// <summary>The wrong and extreme values tried for path, query and header parameters.</summary>
internal static class BadParameters
{
    public static IEnumerable<BadText> ForQuery(ApiParameter parameter)
    {
        yield return new BadText("missing", null, Forbidden: parameter.Required);
        yield return new BadText("empty", string.Empty, Forbidden: false);
        foreach (var value in ByType(parameter.Schema, parameter.Name))
        {
            yield return value;
        }

        if (parameter.Schema.Type == "string" && parameter.Schema.Format is null && parameter.Schema.Enum.Count == 0)
        {
            yield return new BadText("10,000 characters", new string('x', 10_000), Forbidden: false);
            yield return new BadText("a NUL character", BadValues.WithNul, Forbidden: false);
            yield return new BadText("only commas", ",,,", Forbidden: false);
            yield return new BadText("SQL and LIKE wildcards", "%_' OR 1=1 --\\", Forbidden: false);
        }
    }

    // A NUL, or anything else the server itself would refuse before routing, is left out of paths: the in-process test
    // server passes it to routing where Kestrel would not.
    public static IEnumerable<BadText> ForPath(ApiParameter parameter) => parameter.Schema switch
    {
        { Format: "uuid" } => [new("not a UUID", "not-a-uuid", Forbidden: true), new("the nil UUID", Guid.Empty.ToString(), Forbidden: false)],
        { Type: "integer" } =>
        [
            new("text for an integer", "twelve", Forbidden: true),
            new("past the largest integer", "2147483648", Forbidden: true),
            new("minus one", "-1", Forbidden: false),
        ],
        _ => [new("1,000 characters", new string('x', 1_000), Forbidden: false)],
    };

    public static IEnumerable<(string Header, BadText Value)> Headers(ApiOperation operation)
    {
        if (operation.AcceptsIfMatch)
        {
            yield return ("If-Match", new BadText("not an entity tag", "garbage", Forbidden: false));
            yield return ("If-Match", new BadText("a weak entity tag", "W/\"1\"", Forbidden: false));
            yield return ("If-Match", new BadText("past the largest version", "\"4294967296\"", Forbidden: false));
            yield return ("If-Match", new BadText("two entity tags", "\"1\", \"2\"", Forbidden: false));
        }

        yield return ("Accept", new BadText("asking for XML", "application/xml", Forbidden: false));
        yield return ("Authorization", new BadText("not a JWT", "Bearer not-a-token", Forbidden: false));
    }

    private static IEnumerable<BadText> ByType(Schema schema, string name)
    {
        if (schema.Enum.Count > 0)
        {
            yield return new BadText("not one of the enum's values", "NotAValue", Forbidden: true);
            yield return new BadText("an enum as a number", "1", Forbidden: true);
            yield break;
        }

        switch (schema.Type, schema.Format)
        {
            case ("integer", _):
                yield return new BadText("text for an integer", "twelve", Forbidden: true);
                yield return new BadText("a fraction for an integer", "1.5", Forbidden: true);
                var past = schema.Format == "int64" ? "9223372036854775808" : "2147483648";
                yield return new BadText("past the largest integer", past, Forbidden: true);
                yield return new BadText("the largest integer", schema.Format == "int64" ? "9223372036854775807" : "2147483647", Forbidden: false);
                yield return new BadText("minus one", "-1", Forbidden: false);
                yield return new BadText("zero", "0", Forbidden: false);
                if (name.Equals("page", StringComparison.OrdinalIgnoreCase))
                {
                    yield return new BadText("one past a million", "1000001", Forbidden: false);
                }

                break;
            case ("number", _):
                yield return new BadText("text for a number", "twelve", Forbidden: true);
                yield return new BadText("NaN", "NaN", Forbidden: true);
                yield return new BadText("Infinity", "Infinity", Forbidden: true);
                yield return new BadText("1e308", "1e308", Forbidden: false);
                yield return new BadText("-1e308", "-1e308", Forbidden: false);
                yield return new BadText("minus zero", "-0", Forbidden: false);
                break;
            case ("boolean", _):
                yield return new BadText("text for a boolean", "maybe", Forbidden: true);
                yield return new BadText("a number for a boolean", "1", Forbidden: true);
                break;
            case ("string", "uuid"):
                yield return new BadText("not a UUID", "not-a-uuid", Forbidden: true);
                yield return new BadText("the nil UUID", Guid.Empty.ToString(), Forbidden: false);
                break;
            case ("string", "date"):
                yield return new BadText("30 February", "2026-02-30", Forbidden: true);
                yield return new BadText("the first date", "0001-01-01", Forbidden: false);
                yield return new BadText("the last date", "9999-12-31", Forbidden: false);
                break;
            case ("string", "date-time"):
                yield return new BadText("not a date and time", "yesterday", Forbidden: true);
                yield return new BadText("the first instant", "0001-01-01T00:00:00Z", Forbidden: false);
                yield return new BadText("the last instant", "9999-12-31T23:59:59Z", Forbidden: false);
                break;
        }
    }
}
