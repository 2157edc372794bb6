using System.Globalization;
using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// A value each schema allows, built from the schema alone: real ids where <see cref="KnownIds"/> has one for the
/// member's name, a few plausible strings by name, plain values otherwise. Valid-ish: the schema's shape, not
/// necessarily the business rules, so the handler's own checks still run.
/// </summary>
public sealed class ExampleValues(KnownIds ids, Random random)
{
    private const int MaxDepth = 6;

    // Plausible values by member name, so that the valid-ish request passes more of the handlers' own checks and a
    // mutation of one member reaches further. Unknown names get the plain values below.
    private static readonly Dictionary<string, string> Strings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["companyNumber"] = "01234567",
        ["currency"] = "GBP",
        ["email"] = "fuzz@example.org",
        ["ofstedUrn"] = "123456",
        ["phone"] = "01234 567890",
        ["postcode"] = "RH12 1AB",
        ["role"] = "dps-manager",
    };

    private static readonly Dictionary<string, double> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lat"] = 51.0629,
        ["latitude"] = 51.0629,
        ["lon"] = -0.3259,
        ["longitude"] = -0.3259,
        ["radiusMiles"] = 20,
        ["weight"] = 100,
        ["atStart"] = 100,
        ["atCompletion"] = 0,
        ["onJobOutcome"] = 0,
    };

    public JsonNode? For(Schema schema, string? name = null, int depth = 0)
    {
        if (schema.Enum.Count > 0)
        {
            return JsonValue.Create(schema.Enum[0]);
        }

        return schema.Type switch
        {
            "object" when depth >= MaxDepth => schema.Nullable ? null : new JsonObject(),
            "object" => new JsonObject(schema.Properties
                .Where(p => !p.Schema.ReadOnly)
                .Select(p => KeyValuePair.Create(p.Name, For(p.Schema, p.Name, depth + 1)))),
            "array" when depth >= MaxDepth || schema.Items is null => new JsonArray(),
            "array" => new JsonArray(For(schema.Items!, Singular(name), depth + 1)),
            "integer" => schema.Default ?? JsonValue.Create(name is not null && Numbers.TryGetValue(name, out var number) ? (int)number : 1),
            "number" => schema.Default ?? JsonValue.Create(name is not null && Numbers.TryGetValue(name, out var number) ? number : 1.5),
            "boolean" => schema.Default ?? JsonValue.Create(false),
            // An optional text (a routeway beside a category, say) is left out: often one of two that exclude each other.
            "string" when schema.Nullable && schema.Format is null => null,
            "string" => JsonValue.Create(String(schema.Format, name)),
            _ => null,
        };
    }

    /// <summary>The same values as text, for path and query parameters.</summary>
    public string Text(Schema schema, string name) => For(schema, name) switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => "fuzz",
    };

    public string NewUuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private string String(string? format, string? name) => format switch
    {
        "uuid" => ids.ForMember(name) ?? NewUuid(),
        "date" => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(DaysAhead(name)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "date-time" => DateTimeOffset.UtcNow.AddDays(DaysAhead(name)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        "date-span" => "1.00:00:00",
        _ => name is not null && Strings.TryGetValue(name, out var plausible) ? plausible : $"fuzz-{name ?? "value"}",
    };

    /// <summary>
    /// A date that ends a period (validUntil, reopensOn, to) comes years after one that starts it; one that records what
    /// happened (auditedOn) is today.
    /// </summary>
    private static int DaysAhead(string? name) => name switch
    {
        null => 30,
        _ when name.Equals("to", StringComparison.OrdinalIgnoreCase)
            || name.Contains("until", StringComparison.OrdinalIgnoreCase)
            || name.Contains("reopens", StringComparison.OrdinalIgnoreCase) => 5 * 365,
        _ when name.EndsWith("edOn", StringComparison.Ordinal) => 0,
        _ => 30,
    };

    /// <summary>An array's item is named as the array without its s: "categoryIds" holds "categoryId"s.</summary>
    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}
