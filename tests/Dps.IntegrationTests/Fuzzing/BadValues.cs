using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>A value put in place of a valid one; <see cref="Forbidden"/> when the schema does not allow it.</summary>
internal sealed record BadValue(string Label, JsonNode? Value, bool Forbidden, bool Remove = false);

/// <summary>The wrong, extreme and hostile values tried for a member of each schema type and format.</summary>
internal static class BadValues
{
    public const int HugeLength = 100_000;

    public static readonly string Huge = new('x', HugeLength);

    public const string WithNul = "fuzz\u0000value";

    /// <summary>For a body member; <paramref name="example"/> is its valid-ish value, for arrays of many.</summary>
    public static IEnumerable<BadValue> ForMember(Schema schema, bool required, bool arrayItem, JsonNode? example)
    {
        if (!arrayItem)
        {
            yield return new BadValue("missing", null, Forbidden: required, Remove: true);
        }

        yield return new BadValue("null", null, Forbidden: schema.ForbidsNull);
        if (schema.Enum.Count > 0)
        {
            yield return new BadValue("not one of the enum's values", "NotAValue", Forbidden: true);
            yield return new BadValue("an enum as a number", 1, Forbidden: true);
            yield break;
        }

        foreach (var value in ByType(schema, example))
        {
            yield return value;
        }
    }

    private static IEnumerable<BadValue> ByType(Schema schema, JsonNode? example)
    {
        switch (schema.Type)
        {
            case "string":
                yield return new BadValue("a number for a string", 12345, Forbidden: true);
                foreach (var value in ByFormat(schema.Format))
                {
                    yield return value;
                }

                break;
            case "integer":
                yield return new BadValue("text for an integer", "twelve", Forbidden: true);
                yield return new BadValue("a fraction for an integer", 1.5, Forbidden: true);
                var int32 = schema.Format != "int64";
                yield return new BadValue("past the largest integer", JsonNode.Parse(int32 ? "2147483648" : "9223372036854775808"), Forbidden: true);
                yield return new BadValue("the smallest integer", int32 ? int.MinValue : long.MinValue, Forbidden: false);
                yield return new BadValue("the largest integer", int32 ? int.MaxValue : long.MaxValue, Forbidden: false);
                yield return new BadValue("minus one", -1, Forbidden: false);
                yield return new BadValue("zero", 0, Forbidden: false);
                break;
            case "number":
                yield return new BadValue("text for a number", "twelve", Forbidden: true);
                yield return new BadValue("1e308", 1e308, Forbidden: false);
                yield return new BadValue("-1e308", -1e308, Forbidden: false);
                yield return new BadValue("1e400, past any double", JsonNode.Parse("1e400"), Forbidden: false);
                yield return new BadValue("a tiny number", JsonNode.Parse("1e-320"), Forbidden: false);
                yield return new BadValue("minus one", -1, Forbidden: false);
                yield return new BadValue("zero", 0, Forbidden: false);
                break;
            case "boolean":
                yield return new BadValue("text for a boolean", "true", Forbidden: true);
                yield return new BadValue("a number for a boolean", 1, Forbidden: true);
                break;
            case "array":
                yield return new BadValue("a string for an array", "fuzz", Forbidden: true);
                yield return new BadValue("an object for an array", new JsonObject(), Forbidden: true);
                yield return new BadValue("an empty array", new JsonArray(), Forbidden: false);
                yield return new BadValue("an array of null", new JsonArray((JsonNode?)null), Forbidden: schema.Items is { ForbidsNull: true });
                if (example is JsonArray { Count: > 0 } items)
                {
                    yield return new BadValue(
                        "1,000 items", new JsonArray(Enumerable.Range(0, 1_000).Select(_ => items[0]?.DeepClone()).ToArray()), Forbidden: false);
                }

                break;
            case "object":
                yield return new BadValue("a string for an object", "fuzz", Forbidden: true);
                yield return new BadValue("an array for an object", new JsonArray(), Forbidden: true);
                yield return new BadValue("an empty object", new JsonObject(), Forbidden: schema.Required.Count > 0);
                if (example is JsonObject member)
                {
                    var extended = (JsonObject)member.DeepClone();
                    extended["fuzzUnknownMember"] = 1;
                    yield return new BadValue("with an unknown member", extended, Forbidden: !schema.AllowsUnknownMembers);
                }

                break;
        }
    }

    private static IEnumerable<BadValue> ByFormat(string? format)
    {
        switch (format)
        {
            case "uuid":
                yield return new BadValue("not a UUID", "not-a-uuid", Forbidden: true);
                yield return new BadValue("a UUID in braces", "{7f0e4b1e-5a8c-4d6e-9f00-0123456789ab}", Forbidden: true);
                yield return new BadValue("the nil UUID", Guid.Empty.ToString(), Forbidden: false);
                yield return new BadValue("an unknown UUID", "7f0e4b1e-5a8c-4d6e-9f00-0123456789ab", Forbidden: false);
                break;
            case "date":
                yield return new BadValue("30 February", "2026-02-30", Forbidden: true);
                yield return new BadValue("not ISO 8601", "31/12/2026", Forbidden: true);
                yield return new BadValue("an instant for a date", "2026-12-31T00:00:00Z", Forbidden: true);
                yield return new BadValue("the first date", "0001-01-01", Forbidden: false);
                yield return new BadValue("the last date", "9999-12-31", Forbidden: false);
                break;
            case "date-time":
                yield return new BadValue("not a date and time", "yesterday", Forbidden: true);
                yield return new BadValue("the first instant", "0001-01-01T00:00:00Z", Forbidden: false);
                yield return new BadValue("the last instant", "9999-12-31T23:59:59.9999999Z", Forbidden: false);
                yield return new BadValue("an instant at +14:00", "0001-01-01T00:00:00+14:00", Forbidden: false);
                break;
            case "date-span":
                yield return new BadValue("not a duration", "ten days", Forbidden: true);
                yield return new BadValue("a negative duration", "-1.00:00:00", Forbidden: false);
                yield return new BadValue("the longest duration", "10675199.02:48:05.4775807", Forbidden: false);
                yield return new BadValue("the most negative duration", "-10675199.02:48:05.4775808", Forbidden: false);
                break;
            default:
                yield return new BadValue($"{HugeLength:N0} characters", Huge, Forbidden: false);
                yield return new BadValue("a NUL character", WithNul, Forbidden: false);
                yield return new BadValue("empty", string.Empty, Forbidden: false);
                yield return new BadValue("blank", "   ", Forbidden: false);
                yield return new BadValue("right-to-left and emoji", "\u202Efuzz \U0001F600 \uFFFF", Forbidden: false);
                yield return new BadValue("a lone surrogate", "fuzz\uD800value", Forbidden: false);
                break;
        }
    }
}
