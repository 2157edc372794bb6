using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// Real ids for path parameters, read from the API's own lists: <c>{dpsId}</c> from <c>GET /api/v1/dps</c>,
/// <c>{categoryId}</c> from <c>GET /api/v1/dps/{dpsId}/categories</c>, and so on. With real ids a request reaches the
/// handler's own checks instead of stopping at a 404. A parameter without a list to read, or whose list is empty, stays
/// unknown and the generator sends a random UUID.
/// </summary>
public sealed class KnownIds
{
    private readonly Dictionary<string, IReadOnlyList<Found>> _byCollection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

    public static KnownIds None { get; } = new();

    /// <summary>Reads the lists of the document's GET operations, shortest paths first, as the given caller.</summary>
    public static async Task<KnownIds> DiscoverAsync(ApiDocument document, HttpClient reader)
    {
        var ids = new KnownIds();
        var lists = document.Operations.Where(o => o.Method == "GET" && !o.Path.EndsWith('}')).ToList();
        var wanted = document.Operations
            .SelectMany(o => o.InPath.Select(p => Key(o.Path, p.Name)))
            .Distinct()
            .OrderBy(key => key.Length)
            .ToList();

        // A second round finds what needed a filter (a required dpsId, say) only the first round knew.
        for (var round = 0; round < 2; round++)
        {
            foreach (var key in wanted.Where(k => !ids._byCollection.ContainsKey(k)))
            {
                var (collection, parameter) = Split(key);
                if (await ids.ReadAsync(lists, collection, parameter, reader) is { Count: > 0 } found)
                {
                    ids._byCollection[key] = found;
                    if (parameter != "id")
                    {
                        ids._byName.TryAdd(parameter, found[0].Id);
                    }
                }
            }
        }

        return ids;
    }

    /// <summary>A real value for the operation's path parameter, if one was found.</summary>
    public string? ForPath(ApiOperation operation, string parameter) => Choose(operation, parameter)?.Id;

    /// <summary>The list item the path parameter's value came from, e.g. to act as the supplier who owns it.</summary>
    public JsonObject? ItemFor(ApiOperation operation, string parameter) => Choose(operation, parameter)?.Item;

    /// <summary>A real id for a body or query member named as a path parameter is (<c>dpsId</c>, <c>categoryId</c>…).</summary>
    public string? ForMember(string? name) => name is null ? null : _byName.GetValueOrDefault(name);

    private sealed record Found(string Id, JsonObject Item);

    /// <summary>
    /// Parents are the first item, which their children were read from. The last parameter takes an item chosen by
    /// the operation, so that what one operation does (a removal, say) leaves the others something to work on.
    /// </summary>
    private Found? Choose(ApiOperation operation, string parameter, bool first = false)
    {
        if (_byCollection.GetValueOrDefault(Key(operation.Path, parameter)) is not { Count: > 0 } found)
        {
            return null;
        }

        var last = operation.InPath.LastOrDefault()?.Name == parameter;
        return first || !last ? found[0] : found[(int)((uint)StableHash.Of(operation.Key) % found.Count)];
    }

    /// <summary>"/api/v1/dps/{dpsId}/categories/{categoryId}" and "categoryId" give "/api/v1/dps/{dpsId}/categories|categoryId".</summary>
    private static string Key(string path, string parameter)
    {
        var at = path.IndexOf("/{" + parameter + "}", StringComparison.Ordinal);
        return $"{(at < 0 ? path : path[..at])}|{parameter}";
    }

    private static (string Collection, string Parameter) Split(string key) => (key[..key.IndexOf('|')], key[(key.IndexOf('|') + 1)..]);

    private async Task<IReadOnlyList<Found>?> ReadAsync(IReadOnlyList<ApiOperation> lists, string collection, string parameter, HttpClient reader)
    {
        var segment = collection[(collection.LastIndexOf('/') + 1)..];
        var list = lists.FirstOrDefault(l => l.Path == collection)
            ?? lists.Where(l => l.Path.EndsWith("/" + segment, StringComparison.Ordinal)).MinBy(l => l.Path.Length);
        if (list is null || Url(list) is not { } url)
        {
            return null;
        }

        var response = await reader.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return ((page as JsonObject)?["items"] as JsonArray ?? page as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(item => IdOf(item, parameter) is { } id ? new Found(id, item) : null)
            .OfType<Found>()
            .ToList();
    }

    /// <summary>The member named as the parameter, else one ending so ("versionNumber" for {number}), else the item's id.</summary>
    private static string? IdOf(JsonObject item, string parameter) =>
        (item[parameter]
            ?? (parameter == "id" ? null : item.FirstOrDefault(m => m.Key.EndsWith(parameter, StringComparison.OrdinalIgnoreCase)).Value)
            ?? item["id"]) is JsonValue id
            ? id.ToString()
            : null;

    /// <summary>The list's address with its own path parameters and required filters filled in, or null if one is unknown.</summary>
    private string? Url(ApiOperation list)
    {
        var path = list.Path;
        foreach (var parameter in list.InPath)
        {
            if (Choose(list, parameter.Name, first: true)?.Id is not { } value)
            {
                return null;
            }

            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        var filters = new List<string>();
        foreach (var parameter in list.InQuery.Where(p => p.Required))
        {
            if (ForMember(parameter.Name) is not { } value)
            {
                return null;
            }

            filters.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
        }

        return filters.Count == 0 ? path : $"{path}?{string.Join('&', filters)}";
    }
}
