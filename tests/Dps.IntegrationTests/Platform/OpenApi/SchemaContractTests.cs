using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Platform.OpenApi;

/// <summary>
/// The component schemas are ones a client generator can trust: <c>required</c> names real members, every member of a
/// response is required (the API writes nulls, it does not omit them), <c>nullable</c> always stands beside a type, enums
/// travel as strings, and what the API really answers matches the schema member by member.
/// </summary>
public sealed class SchemaContractTests : ApiTest
{
    private JsonObject _document = null!;
    private JsonObject _schemas = null!;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _document = await response.JsonAsync();
        _schemas = _document["components"]!["schemas"]!.AsObject();
    }

    [Test]
    public void Every_required_member_is_a_property_of_its_schema()
    {
        var checkedSchemas = 0;
        foreach (var (name, schema) in _schemas)
        {
            var properties = schema!["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
            var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
            Assert.That(properties, Is.SupersetOf(required), $"{name} requires members it does not have");
            checkedSchemas += required.Count > 0 ? 1 : 0;
        }

        Assert.That(checkedSchemas, Is.GreaterThan(100), "too few schemas name required members");
    }

    [Test]
    public void Every_member_of_a_response_schema_is_required()
    {
        var inResponses = ReachedFromResponses();
        Assert.That(inResponses, Has.Count.GreaterThan(100), "the walk does not reach into the responses");

        // Problem documents are written by ASP.NET Core's problem details, which leaves unset members out.
        foreach (var name in inResponses.Where(n => n != "Problem"))
        {
            var schema = _schemas[name]!;
            var properties = schema["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
            if (properties.Count == 0)
            {
                continue;
            }

            var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
            Assert.That(required, Is.EquivalentTo(properties), $"{name}: a response always carries every member, null or not");
        }
    }

    [Test]
    public void Nullable_always_stands_beside_a_type_and_a_nullable_component_is_wrapped_in_allOf()
    {
        var nullable = Schemas(_document).Where(s => s["nullable"]?.GetValue<bool>() == true).ToList();

        Assert.That(nullable, Has.Count.GreaterThan(50));
        Assert.That(nullable.Where(s => s["type"] is null).Select(s => s.ToJsonString()), Is.Empty, "nullable without a type");
        Assert.That(Schemas(_document).Where(s => s["$ref"] is not null && s.Count > 1).Select(s => s.ToJsonString()), Is.Empty, "siblings of $ref");

        var incentive = _schemas["AwardEntry"]!["properties"]!["incentive"]!;
        Assert.That(incentive["nullable"]!.GetValue<bool>(), Is.True);
        Assert.That(incentive["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/IncentiveDetails"));
    }

    [Test]
    public void A_response_member_that_may_be_null_is_required_and_nullable_and_a_request_one_is_optional()
    {
        var application = _schemas["ApplicationResponse"]!;
        Assert.That(application["required"]!.AsArray().Select(r => r!.GetValue<string>()), Does.Contain("decidedAt"));
        Assert.That(application["properties"]!["decidedAt"]!["nullable"]!.GetValue<bool>(), Is.True);

        var establishment = _schemas["EstablishmentRequest"]!;
        var required = establishment["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.That(required, Does.Contain("name").And.Not.Contain("ofstedUrn"));
        Assert.That(establishment["properties"]!["ofstedUrn"]!["nullable"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public void Enums_are_strings_and_money_dates_and_spans_have_their_formats()
    {
        var enums = _schemas.Where(s => s.Value!["enum"] is not null).ToList();
        Assert.That(enums, Has.Count.GreaterThan(10));
        Assert.That(enums.Where(e => e.Value!["type"]?.GetValue<string>() != "string").Select(e => e.Key), Is.Empty, "enums that are not strings");

        Assert.That(Property("MembershipResponse", "coreCompetencyScore")["format"]!.GetValue<string>(), Is.EqualTo("decimal"));
        Assert.That(Property("Money", "amount")["format"]!.GetValue<string>(), Is.EqualTo("decimal"));
        Assert.That(Property("MembershipResponse", "admittedOn")["format"]!.GetValue<string>(), Is.EqualTo("date"));
        Assert.That(Property("ApplicationResponse", "createdAt")["format"]!.GetValue<string>(), Is.EqualTo("date-time"));
        Assert.That(Property("ApplicationResponse", "id")["format"]!.GetValue<string>(), Is.EqualTo("uuid"));
        Assert.That("1.02:30:00", Does.Match(Property("ClockResponse", "offset")["pattern"]!.GetValue<string>()));
        Assert.That("1 day", Does.Not.Match(Property("ClockResponse", "offset")["pattern"]!.GetValue<string>()));
        Assert.That(Property("ApplicationResponse", "version")["format"]!.GetValue<string>(), Is.EqualTo("int64"), "a uint passes int32's range");
    }

    /// <summary>Referral's, Evaluation's and ContractManagement's records are still being described; the count may only fall.</summary>
    [Test]
    public void Every_member_of_every_schema_is_described()
    {
        var undescribed = _schemas
            .SelectMany(schema => (schema.Value!["properties"]?.AsObject() ?? []).Select(p => (Schema: schema.Key, Member: p.Key, Property: p.Value!)))
            .Where(m => string.IsNullOrWhiteSpace(m.Property["description"]?.GetValue<string>()))
            .Select(m => $"{m.Schema}.{m.Member}")
            .ToList();

        Assert.That(undescribed, Is.Empty, $"{undescribed.Count} members without a description: {string.Join(", ", undescribed)}");
    }

    [Test]
    public void A_member_described_in_code_keeps_its_description_beside_a_reference()
    {
        var resource = Property("FeedEvent", "resource");

        Assert.That(resource["description"]?.GetValue<string>(), Is.EqualTo("The resource the event is about."));
        Assert.That(resource["allOf"]![0]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/FeedResource"));
    }

    [TestCase("ApplicationResponsePaged", "total", "How many items the whole list holds, over all its pages.")]
    [TestCase("ApplicationResponse", "id", "The application's id.")]
    [TestCase("ApplicationResponse", "dpsId", "The id of the DPS.")]
    [TestCase("ApplicationResponse", "version", "The resource's version, also sent as its ETag; send that back as If-Match to change it.")]
    public void Members_meaning_the_same_everywhere_are_described_by_convention(string schema, string member, string description) =>
        Assert.That(Property(schema, member)["description"]?.GetValue<string>(), Is.EqualTo(description));

    [Test]
    public async Task What_the_API_answers_matches_its_schema_member_by_member()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var application = await (await scenario.Supplier.GetAsync($"/api/v1/applications/{membership.Text("applicationId")}")).JsonAsync();

        var mismatches = Mismatches("ApplicationResponse", application, _schemas["ApplicationResponse"]!)
            .Concat(Mismatches("MembershipResponse", membership, _schemas["MembershipResponse"]!))
            .ToList();

        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));
    }

    private JsonNode Property(string schema, string property) => _schemas[schema]!["properties"]![property]!;

    /// <summary>Where the value breaks the schema's members: a required one missing, an unknown one, a null that may not be.</summary>
    private IEnumerable<string> Mismatches(string path, JsonNode? value, JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            foreach (var mismatch in Mismatches(path, value, _schemas[reference.Split('/')[^1]]!))
            {
                yield return mismatch;
            }

            yield break;
        }

        if (value is null)
        {
            if (schema["type"] is not null && schema["nullable"]?.GetValue<bool>() != true)
            {
                yield return $"{path} is null, which its schema does not allow";
            }

            yield break;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            foreach (var mismatch in Mismatches(path, value, part!))
            {
                yield return mismatch;
            }
        }

        if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var mismatch in Mismatches($"{path}[{i}]", array[i], items))
                {
                    yield return mismatch;
                }
            }
        }

        if (value is JsonObject obj && schema["properties"]?.AsObject() is { } properties)
        {
            foreach (var required in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
            {
                if (!obj.ContainsKey(required))
                {
                    yield return $"{path}.{required} is required but was not sent";
                }
            }

            foreach (var (name, member) in obj)
            {
                if (properties[name] is not { } property)
                {
                    yield return $"{path}.{name} was sent but is not in the schema";
                    continue;
                }

                foreach (var mismatch in Mismatches($"{path}.{name}", member, property))
                {
                    yield return mismatch;
                }
            }
        }
    }

    /// <summary>The names of the component schemas any response body is built of, however deep.</summary>
    private HashSet<string> ReachedFromResponses()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(
            _document["paths"]!.AsObject()
                .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
                .SelectMany(o => o["responses"]?.AsObject().Select(r => r.Value!) ?? [])
                .SelectMany(r => r["content"]?.AsObject().Select(c => c.Value!["schema"]) ?? [])
                .OfType<JsonNode>());
        while (pending.TryPop(out var schema))
        {
            foreach (var node in Schemas(schema))
            {
                if (node["$ref"]?.GetValue<string>() is { } reference && reached.Add(reference.Split('/')[^1]))
                {
                    pending.Push(_schemas[reference.Split('/')[^1]]!);
                }
            }
        }

        return reached;
    }

    /// <summary>Every object in the tree, the node itself included.</summary>
    private static IEnumerable<JsonObject> Schemas(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(m => m.Value).OfType<JsonNode>().SelectMany(Schemas)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Schemas),
        _ => [],
    };
}
