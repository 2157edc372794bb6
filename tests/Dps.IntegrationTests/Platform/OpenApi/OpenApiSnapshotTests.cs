using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform.OpenApi;

/// <summary>
/// The OpenAPI document is the public contract, pinned in <c>swagger.snapshot.json</c> beside this file: any change to a
/// path, schema name or property is a visible diff. To change the contract on purpose, run the tests with
/// <c>DPS_UPDATE_OPENAPI_SNAPSHOT=1</c>, which rewrites the snapshot in the source tree, and commit it with the change.
/// </summary>
public sealed class OpenApiSnapshotTests : ApiTest
{
    private const string SnapshotName = "swagger.snapshot.json";
    private const string UpdateVariable = "DPS_UPDATE_OPENAPI_SNAPSHOT";
    private const int MaxDifferencesShown = 40;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Test]
    public async Task The_OpenAPI_document_changes_only_with_its_snapshot()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var actual = Normalised(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(SourceSnapshotPath(), Text(actual));
            Assert.Pass($"{UpdateVariable}=1: rewrote {SourceSnapshotPath()}; review and commit it.");
        }

        var expected = Normalised(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Platform", "OpenApi", SnapshotName)))!);
        var differences = Differences("$", expected, actual).ToList();

        if (differences.Count > 0)
        {
            Assert.Fail($"""
                The OpenAPI document differs from tests/Dps.IntegrationTests/Platform/OpenApi/{SnapshotName} in {differences.Count} places:
                  {string.Join("\n  ", differences.Take(MaxDifferencesShown))}{(differences.Count > MaxDifferencesShown ? "\n  …" : "")}
                If the contract change is intended, run the tests with {UpdateVariable}=1 to rewrite the snapshot, and commit it.
                """);
        }
    }

    /// <summary>The document with every object's members in ordinal order, so the snapshot does not depend on mapping order.</summary>
    private static JsonNode Normalised(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => KeyValuePair.Create(m.Key, m.Value is null ? null : Normalised(m.Value)))),
        JsonArray a => new JsonArray(a.Select(item => item is null ? null : Normalised(item)).ToArray()),
        _ => node.DeepClone(),
    };

    private static string Text(JsonNode document) => document.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    private static IEnumerable<string> Differences(string path, JsonNode? expected, JsonNode? actual)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(m => m.Key).Union(a.Select(m => m.Key)).Order(StringComparer.Ordinal))
                {
                    var member = $"{path}['{key}']";
                    if (!a.ContainsKey(key))
                    {
                        yield return $"{member}: removed";
                    }
                    else if (!e.ContainsKey(key))
                    {
                        yield return $"{member}: added";
                    }
                    else
                    {
                        foreach (var difference in Differences(member, e[key], a[key]))
                        {
                            yield return difference;
                        }
                    }
                }

                break;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    foreach (var difference in Differences($"{path}[{i}]", e[i], a[i]))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{path}: was {expected?.ToJsonString() ?? "null"}, now {actual?.ToJsonString() ?? "null"}";
                }

                break;
        }
    }

    /// <summary>The snapshot in the source tree (the one copied to the output is only read).</summary>
    private static string SourceSnapshotPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dps.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException($"No Dps.sln above {AppContext.BaseDirectory}, so the snapshot's source is unknown.")
            : Path.Combine(directory.FullName, "tests", "Dps.IntegrationTests", "Platform", "OpenApi", SnapshotName);
    }
}
