using System.Text.Json.Nodes;
using Dps.ContractManagement.Application.Publications;
using static Dps.UnitTests.ContractManagement.Publications.Awards;

namespace Dps.UnitTests.ContractManagement.Publications;

public sealed class OcdsReleasePackageTests
{
    private static string Json(params PublishedAward[] awards) =>
        OcdsReleasePackage.ToJson(OcdsReleasePackage.Build(Publisher, Quarter, PublishedAt, awards)!);

    private static JsonNode Release(JsonNode package, int index) => package["releases"]![index]!;

    [Test]
    public async Task A_package_of_a_competition_and_a_direct_placement_validates_against_the_ocds_schemas()
    {
        var errors = await OcdsSchemas.ErrorsOf(Json(Competition(), DirectPlacement()));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task A_release_without_an_ocid_is_reported_invalid()
    {
        var package = JsonNode.Parse(Json(Competition(), DirectPlacement()))!;
        Release(package, 1).AsObject().Remove("ocid");

        var errors = await OcdsSchemas.ErrorsOf(package.ToJsonString());

        Assert.That(errors, Has.Some.Contains("ocid").And.Contains("PropertyRequired"));
    }

    [Test]
    public async Task A_procurement_method_outside_the_closed_codelist_is_reported_invalid()
    {
        var package = JsonNode.Parse(Json(Competition()))!;
        Release(package, 0)["tender"]!["procurementMethod"] = "mini-competition";

        var errors = await OcdsSchemas.ErrorsOf(package.ToJsonString());

        Assert.That(errors, Is.Not.Empty);
    }

    [Test]
    public void The_package_says_who_published_it_when_and_where_it_is_read()
    {
        var package = JsonNode.Parse(Json(Competition()))!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)package["uri"], Is.EqualTo("https://dps.example.gov.uk/api/v1/publications/awards?quarter=2026-Q3&format=ocds"));
            Assert.That((string?)package["version"], Is.EqualTo("1.1"));
            Assert.That((string?)package["publishedDate"], Is.EqualTo("2026-10-01T09:00:00Z"));
            Assert.That((string?)package["publisher"]!["name"], Is.EqualTo("Kent County Council DPS"));
            Assert.That(package["extensions"]!.AsArray().Select(e => (string?)e), Has.One.Contains("ocds_techniques_extension"));
        });
    }

    [Test]
    public void A_competition_is_a_selective_call_off_from_the_dps_awarded_to_its_supplier()
    {
        var release = Release(JsonNode.Parse(Json(Competition()))!, 0);
        var tender = release["tender"]!;
        var award = release["awards"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)release["ocid"], Is.EqualTo("ocds-dps01-7a1b2c3d-0000-4000-8000-000000000001"));
            Assert.That((string?)release["date"], Is.EqualTo("2026-08-14T14:30:00Z"));
            Assert.That(release["tag"]!.AsArray().Select(t => (string?)t), Is.EqualTo(new[] { "award" }));
            Assert.That((string?)release["initiationType"], Is.EqualTo("tender"));
            Assert.That(Parties(release), Is.EquivalentTo(new[]
            {
                "authority-a0a0a0a0-0000-4000-8000-000000000001 Kent County Council buyer",
                "supplier-50505050-0000-4000-8000-000000000001 Smith, \"Best\" Care Ltd supplier",
                "dps-d0d0d0d0-0000-4000-8000-000000000001 Kent County Council DPS procuringEntity",
            }));
            Assert.That((string?)release["parties"]![1]!["details"]!["scale"], Is.EqualTo("sme"));
            Assert.That((string?)release["buyer"]!["id"], Is.EqualTo("authority-a0a0a0a0-0000-4000-8000-000000000001"));
            Assert.That((string?)tender["id"], Is.EqualTo("7a1b2c3d-0000-4000-8000-000000000001"));
            Assert.That((string?)tender["procurementMethod"], Is.EqualTo("selective"));
            Assert.That((string?)tender["procurementMethodDetails"], Does.Contain("dynamic purchasing system").And.Contain("mini-competition"));
            Assert.That(tender["procurementMethodRationale"], Is.Null);
            Assert.That((bool?)tender["techniques"]!["hasDynamicPurchasingSystem"], Is.True);
            Assert.That((string?)award["id"], Is.EqualTo("0c6f3c1e-4a55-4a0e-9d8a-1b2c3d4e5f60"));
            Assert.That((string?)award["status"], Is.EqualTo("active"));
            Assert.That((decimal?)award["value"]!["amount"], Is.EqualTo(1234.50m));
            Assert.That((string?)award["value"]!["currency"], Is.EqualTo("GBP"));
            Assert.That((string?)award["items"]![0]!["unit"]!["name"], Is.EqualTo("week"));
            Assert.That((string?)award["items"]![0]!["classification"]!["id"], Is.EqualTo("ca7e0000-0000-4000-8000-000000000001"));
            Assert.That((string?)award["suppliers"]![0]!["id"], Is.EqualTo("supplier-50505050-0000-4000-8000-000000000001"));
            Assert.That((string?)award["contractPeriod"]!["startDate"], Is.EqualTo("2026-09-01T00:00:00Z"));
            Assert.That((string?)award["contractPeriod"]!["endDate"], Is.EqualTo("2027-08-30T23:59:59Z"));
            Assert.That((string?)release["relatedProcesses"]![0]!["identifier"], Is.EqualTo("ocds-dps01-d0d0d0d0-0000-4000-8000-000000000001"));
        });
    }

    [Test]
    public void A_direct_placement_is_a_direct_award_justified_by_the_buyer_and_names_no_one_unknown()
    {
        var release = Release(JsonNode.Parse(Json(DirectPlacement()))!, 0);
        var tender = release["tender"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)release["ocid"], Is.EqualTo("ocds-dps01-0d0d0d0d-0000-4000-8000-000000000002"));
            Assert.That((string?)tender["procurementMethod"], Is.EqualTo("direct"));
            Assert.That((string?)tender["procurementMethodRationale"], Is.EqualTo(DirectPlacement().DirectPlacementJustification));
            Assert.That((string?)tender["procurementMethodDetails"], Does.Contain("direct placement").And.Contain("ParentalPreference"));
            Assert.That(release["parties"]![0]!.AsObject().ContainsKey("name"), Is.False);
            Assert.That(release["parties"]![1]!.AsObject().ContainsKey("details"), Is.False);
            Assert.That((string?)release["awards"]![0]!["items"]![0]!["unit"]!["name"], Is.EqualTo("year"));
        });
    }

    [Test]
    public void Releases_are_oldest_first()
    {
        var package = JsonNode.Parse(Json(DirectPlacement(), Competition()))!;

        Assert.That(package["releases"]!.AsArray().Select(r => (string?)r!["id"]), Is.EqualTo(new[]
        {
            "0c6f3c1e-4a55-4a0e-9d8a-1b2c3d4e5f60-award",
            "0d0d0d0d-0000-4000-8000-000000000002-award",
        }));
    }

    [Test]
    public void A_quarter_without_awards_has_no_package_as_one_needs_a_release() =>
        Assert.That(OcdsReleasePackage.Build(Publisher, Quarter, PublishedAt, []), Is.Null);

    [Test]
    public void No_service_user_is_published()
    {
        var json = Json(Competition(), DirectPlacement());

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Not.Contain("serviceUser").IgnoreCase);
            Assert.That(json, Does.Not.Contain(ServiceUserReference));
        });
    }

    private static IEnumerable<string> Parties(JsonNode release) => release["parties"]!.AsArray()
        .Select(p => $"{(string?)p!["id"]} {(string?)p["name"]} {string.Join(' ', p["roles"]!.AsArray().Select(r => (string?)r))}");
}
