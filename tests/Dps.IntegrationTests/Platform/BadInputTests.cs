using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>Careless or hostile input gets a 4xx problem document a person can act on, never a 500.</summary>
public sealed class BadInputTests : ApiTest
{
    [Test]
    public async Task A_NUL_character_in_a_body_string_is_a_400_naming_the_field()
    {
        var manager = await AsManagerAsync();
        var body = Requests.NewDpsJson();
        body["title"] = "Placements\u0000for children";

        var response = await manager.PostAsJsonAsync("/api/v1/dps", body);

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain("title"));
    }

    [Test]
    public async Task A_NUL_character_in_a_query_value_is_a_400_naming_the_parameter()
    {
        var manager = await AsManagerAsync();

        var response = await manager.GetAsync("/api/v1/suppliers?search=Oak%00field");

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain("search"));
    }

    [TestCase("/api/v1/dps?page=1000000000")]
    [TestCase("/api/v1/suppliers?page=2147483647&pageSize=200")]
    public async Task A_page_beyond_the_last_possible_one_is_a_400_naming_page(string url)
    {
        var manager = await AsManagerAsync();

        var response = await manager.GetAsync(url);

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain("page"));
    }

    [TestCase("null")]
    [TestCase("")]
    public async Task A_command_without_a_body_is_a_400_naming_the_body(string body)
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsync(
            $"/api/v1/memberships/{Guid.NewGuid()}/suspend", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain("body"));
    }

    [TestCase("suspend", "failedCriteria")]
    [TestCase("reinstatement/evaluation", "decisions")]
    public async Task A_missing_list_is_a_400_naming_it(string verb, string field)
    {
        var caller = await AsManagerAsync();

        var response = await caller.PostAsJsonAsync($"/api/v1/memberships/{Guid.NewGuid()}/{verb}", new { });

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain(field));
    }

    [Test]
    public async Task A_query_value_that_does_not_parse_names_the_parameter_without_dotnet_types()
    {
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Guid.NewGuid());

        var response = await buyer.GetAsync($"/api/v1/catalogue/establishments?categoryId={Guid.NewGuid()}&lat=north&lon=0&radiusMiles=5");

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain("lat"));
        var text = string.Join(" ", errors.Values.SelectMany(m => m)) + await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Not.Contain("Nullable").And.Not.Contain("Double").And.Not.Contain("System."));
    }

    [TestCase("/api/v1/memberships?status=1")]
    [TestCase("/api/v1/applications?status=99")]
    public async Task An_enum_in_a_query_is_given_by_name_not_by_number(string url)
    {
        var manager = await AsManagerAsync();

        var response = await manager.GetAsync(url);

        var errors = await AssertBadRequestAsync(response);
        Assert.That(errors.Keys, Does.Contain("status"));
    }

    [Test]
    public async Task A_401_is_a_problem_document_with_a_detail() =>
        await AssertProblemAsync(await Anonymous().GetAsync("/api/v1/dps"), HttpStatusCode.Unauthorized);

    [Test]
    public async Task A_403_is_a_problem_document_with_a_detail()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        await AssertProblemAsync(await supplier.PostAsJsonAsync("/api/v1/dps", Requests.NewDps()), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_405_is_a_problem_document_with_a_detail()
    {
        var manager = await AsManagerAsync();

        await AssertProblemAsync(await manager.DeleteAsync("/api/v1/dps"), HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task A_415_is_a_problem_document_with_a_detail()
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsync("/api/v1/dps", new StringContent("reference=X", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("x-unknown")]
    [TestCase("windows-1252")]
    public async Task A_body_in_a_charset_the_API_cannot_read_is_a_415_problem(string charset)
    {
        var manager = await AsManagerAsync();
        var body = new StringContent(Requests.NewDpsJson().ToJsonString());
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"application/json; charset={charset}");

        var response = await manager.PostAsync("/api/v1/dps", body);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(charset));
    }

    [Test]
    public async Task A_caller_accepting_only_XML_still_gets_its_errors_as_problem_documents()
    {
        var manager = await AsManagerAsync();
        manager.DefaultRequestHeaders.Accept.ParseAdd("application/xml");
        var anonymous = Anonymous();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("application/xml");

        // The handler's 404 was a 500: the exception handler had nothing written for it.
        await AssertProblemAsync(await manager.GetAsync($"/api/v1/dps/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await manager.PostAsJsonAsync("/api/v1/dps", new { }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await anonymous.GetAsync("/api/v1/dps"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_stale_If_Match_names_the_rule()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/dps/{dps.Id()}")
        {
            Content = JsonContent.Create(new { title = "Renamed", participatingAuthorities = Requests.NewDpsJson()["participatingAuthorities"] }),
        };
        update.Headers.TryAddWithoutValidation("If-Match", $"\"{dps["version"]!.GetValue<uint>() + 1}\"");

        var problem = await AssertProblemAsync(await manager.SendAsync(update), HttpStatusCode.PreconditionFailed);

        Assert.That(problem["rule"]?.GetValue<string>(), Is.EqualTo("ChangesMustStartFromTheCurrentVersion"));
    }

    [Test]
    public async Task A_lost_race_without_If_Match_names_the_rule()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var update = new { title = "Renamed", participatingAuthorities = Requests.NewDpsJson()["participatingAuthorities"] };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => manager.PutAsJsonAsync($"/api/v1/dps/{dps.Id()}", update)));

        var conflicts = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assume.That(conflicts, Is.Not.Empty, "no request lost the race this time");
        foreach (var conflict in conflicts)
        {
            var problem = await AssertProblemAsync(conflict, HttpStatusCode.Conflict);
            Assert.That(problem["rule"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
        }
    }

    private static async Task<IReadOnlyDictionary<string, string[]>> AssertBadRequestAsync(HttpResponseMessage response)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        return problem["errors"]?.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray())
            ?? throw new AssertionException($"No 'errors' in: {problem.ToJsonString()}");
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, body);
        return problem;
    }
}
