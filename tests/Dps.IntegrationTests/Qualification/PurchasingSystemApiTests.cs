using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

public sealed class PurchasingSystemApiTests : ApiTest
{
    [Test]
    public async Task Creating_a_dps_answers_201_with_its_location_and_version()
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsJsonAsync("/api/v1/dps", Requests.NewDps());

        var dps = await response.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/dps/{dps.Id()}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo($"\"{dps["version"]}\""));
            Assert.That(dps["participatingAuthorities"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(dps["validUntil"]!.GetValue<string>(), Is.EqualTo("2030-12-31"));
        });
    }

    [Test]
    public async Task Every_role_can_read_a_dps()
    {
        var dps = await (await AsManagerAsync()).CreateDpsAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);

        var response = await buyer.GetAsync($"/api/v1/dps/{dps.Id()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync())["reference"]!.GetValue<string>(), Is.EqualTo(dps["reference"]!.GetValue<string>()));
    }

    [Test]
    public async Task The_list_pages_by_reference_and_searches_reference_and_title()
    {
        var manager = await AsManagerAsync();
        var prefix = $"PAGE-{Guid.NewGuid():N}"[..12];
        foreach (var suffix in new[] { "C", "A", "B" })
        {
            await manager.CreateDpsAsync($"{prefix}-{suffix}");
        }

        var page = await (await manager.GetAsync($"/api/v1/dps?search={prefix}&page=1&pageSize=2")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page["total"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(page["pageSize"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(
                page["items"]!.AsArray().Select(i => i!["reference"]!.GetValue<string>()),
                Is.EqualTo(new[] { $"{prefix}-A", $"{prefix}-B" }));
        });
    }

    [Test]
    public async Task A_page_size_over_200_is_refused()
    {
        var response = await (await AsManagerAsync()).GetAsync("/api/v1/dps?pageSize=201");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("pageSize"));
    }

    [Test]
    public async Task Invalid_fields_are_refused_with_an_error_for_each()
    {
        var response = await (await AsManagerAsync()).PostAsJsonAsync("/api/v1/dps", new
        {
            reference = "",
            title = "Placements",
            leadAuthority = new { id = Requests.LeadAuthorityId, name = "West Sussex" },
            participatingAuthorities = new[] { new { id = Requests.LeadAuthorityId, name = "" } },
            validUntil = "2030-12-31",
        });

        var errors = await response.ValidationErrorsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(errors.Keys, Is.EquivalentTo(new[] { "reference", "participatingAuthorities[0].name", "validFrom" }));
        });
    }

    [Test]
    public async Task An_unknown_member_is_refused_by_name()
    {
        var response = await (await AsManagerAsync()).PostAsync(
            "/api/v1/dps",
            new StringContent("""{"reference":"X-1","colour":"red"}""", new MediaTypeHeaderValue("application/json")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("colour"));
    }

    [Test]
    public async Task Malformed_json_is_a_400_not_a_500()
    {
        var response = await (await AsManagerAsync()).PostAsync(
            "/api/v1/dps", new StringContent("{\"reference\": ", new MediaTypeHeaderValue("application/json")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Without_a_token_the_answer_is_401()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/v1/dps", Requests.NewDps());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Supplier)]
    [TestCase(DpsRoles.Auditor)]
    public async Task Only_the_dps_manager_sets_up_a_dps(string role)
    {
        var caller = await AsAsync(role, authorityId: Guid.NewGuid(), supplierId: Guid.NewGuid());

        var response = await caller.PostAsJsonAsync("/api/v1/dps", Requests.NewDps());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_reference_already_used_is_a_409_naming_the_rule()
    {
        var manager = await AsManagerAsync();
        var existing = await manager.CreateDpsAsync();

        var response = await manager.PostAsJsonAsync("/api/v1/dps", Requests.NewDps(existing["reference"]!.GetValue<string>()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("DpsReferenceMustBeUnique"));
    }

    [Test]
    public async Task A_lead_authority_that_does_not_participate_is_a_422_and_nothing_is_written()
    {
        var manager = await AsManagerAsync();
        var reference = Requests.UniqueReference();
        var request = new
        {
            reference,
            title = "Placements",
            leadAuthority = new { id = Guid.NewGuid(), name = "Elsewhere Council" },
            participatingAuthorities = new[] { new { id = Requests.PartnerAuthorityId, name = "Kent County Council" } },
            validFrom = "2026-01-01",
            validUntil = "2030-12-31",
        };

        var response = await manager.PostAsJsonAsync("/api/v1/dps", request);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("LeadAuthorityMustParticipate"));
        var found = await (await manager.GetAsync($"/api/v1/dps?search={reference}")).JsonAsync();
        Assert.That(found["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_validity_that_ends_before_it_starts_is_a_422()
    {
        var manager = await AsManagerAsync();
        var body = Requests.NewDpsJson();
        body["validUntil"] = "2025-12-31";

        var response = await manager.PostAsJsonAsync("/api/v1/dps", body);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("DpsValidityMustEndAfterItStarts"));
    }

    [Test]
    public async Task An_unknown_dps_is_a_404_problem()
    {
        var response = await (await AsManagerAsync()).GetAsync($"/api/v1/dps/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task An_update_with_the_current_version_succeeds_and_changes_the_version()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.SendAsync(Update(dps.Id(), "Renamed DPS", $"\"{dps["version"]}\""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var updated = await response.JsonAsync();
        Assert.That(updated["title"]!.GetValue<string>(), Is.EqualTo("Renamed DPS"));
        Assert.That(response.Headers.ETag!.Tag, Is.Not.EqualTo($"\"{dps["version"]}\""));
    }

    [Test]
    public async Task An_update_with_a_stale_version_is_a_412_and_changes_nothing()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var staleTag = $"\"{dps["version"]}\"";
        (await manager.SendAsync(Update(dps.Id(), "First change", staleTag))).EnsureSuccessStatusCode();

        var response = await manager.SendAsync(Update(dps.Id(), "Lost update", staleTag));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var current = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}")).JsonAsync();
        Assert.That(current["title"]!.GetValue<string>(), Is.EqualTo("First change"));
    }

    [Test]
    public async Task Of_two_concurrent_updates_from_one_version_exactly_one_wins()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var tag = $"\"{dps["version"]}\"";

        var responses = await Task.WhenAll(
            Enumerable.Range(1, 4).Select(i => manager.SendAsync(Update(dps.Id(), $"Writer {i}", tag))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed), Is.EqualTo(3));
    }

    [Test]
    public async Task A_malformed_if_match_is_a_400()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.SendAsync(Update(dps.Id(), "Renamed", "version-1"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Setting_up_a_dps_is_audited_with_who_what_and_the_values_after()
    {
        var dps = await (await AsManagerAsync()).CreateDpsAsync();
        var auditor = await AsAsync(DpsRoles.Auditor);

        var trail = await (await auditor.GetAsync($"/api/v1/audit?entityId={dps.Id()}")).JsonAsync();

        var entry = trail["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(entry["module"]!.GetValue<string>(), Is.EqualTo("qualification"));
            Assert.That(entry["actorId"]!.GetValue<string>(), Is.EqualTo("dps-manager-dev"));
            Assert.That(entry["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { DpsRoles.Manager }));
            Assert.That(entry["action"]!.GetValue<string>(), Is.EqualTo("CreateDps"));
            Assert.That(entry["change"]!.GetValue<string>(), Is.EqualTo("Added"));
            Assert.That(entry["before"], Is.Null);
            Assert.That(entry["after"]!["reference"]!.GetValue<string>(), Is.EqualTo(dps["reference"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task An_update_is_audited_with_the_values_before_and_after()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        (await manager.SendAsync(Update(dps.Id(), "After", $"\"{dps["version"]}\""))).EnsureSuccessStatusCode();

        var trail = await (await manager.GetAsync($"/api/v1/audit?entityId={dps.Id()}")).JsonAsync();

        var update = trail["items"]!.AsArray().First()!;
        Assert.That(update["action"]!.GetValue<string>(), Is.EqualTo("UpdateDps"));
        Assert.That(update["before"]!["title"]!.GetValue<string>(), Is.EqualTo("Placements for children with SEN"));
        Assert.That(update["after"]!["title"]!.GetValue<string>(), Is.EqualTo("After"));
    }

    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Supplier)]
    public async Task Only_managers_and_auditors_read_the_audit_trail(string role)
    {
        var caller = await AsAsync(role, authorityId: Guid.NewGuid(), supplierId: Guid.NewGuid());

        var response = await caller.GetAsync("/api/v1/audit");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static HttpRequestMessage Update(Guid dpsId, string title, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/dps/{dpsId}")
        {
            Content = JsonContent.Create(new
            {
                title,
                participatingAuthorities = new[]
                {
                    new { id = Requests.LeadAuthorityId, name = "West Sussex County Council" },
                    new { id = Requests.PartnerAuthorityId, name = "Kent County Council" },
                },
            }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
