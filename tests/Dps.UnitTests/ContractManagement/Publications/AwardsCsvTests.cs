using Dps.ContractManagement.Application.Publications;
using static Dps.UnitTests.ContractManagement.Publications.Awards;

namespace Dps.UnitTests.ContractManagement.Publications;

public sealed class AwardsCsvTests
{
    private const string Header =
        "ocid,awardId,route,procurementMethod,referralId,dpsId,categoryId,categoryName,authorityId,authorityName,supplierId,"
        + "supplierName,supplierIsSme,establishmentId,price,currency,priceBasis,contractStart,contractEnd,awardedAt,"
        + "directPlacementReason,directPlacementJustification";

    [Test]
    public void A_header_row_then_one_row_per_award_oldest_first_each_ended_by_crlf()
    {
        var csv = AwardsCsv.Write(Publisher, Quarter, [DirectPlacement(), Competition()]);

        var lines = csv.Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(4));
            Assert.That(lines[0], Is.EqualTo(Header));
            Assert.That(lines[1], Does.StartWith("ocds-dps01-7a1b2c3d-0000-4000-8000-000000000001,0c6f3c1e-"));
            Assert.That(lines[2], Does.StartWith("ocds-dps01-0d0d0d0d-0000-4000-8000-000000000002,0d0d0d0d-"));
            Assert.That(lines[3], Is.Empty);
            Assert.That(csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain('\n').And.Not.Contain('\r'));
        });
    }

    [Test]
    public void A_competition_s_row_quotes_a_name_with_a_comma_and_a_quote_and_writes_invariant_numbers_and_iso_dates()
    {
        var row = AwardsCsv.Write(Publisher, Quarter, [Competition()]).Split("\r\n")[1];

        Assert.That(row, Is.EqualTo(
            "ocds-dps01-7a1b2c3d-0000-4000-8000-000000000001,0c6f3c1e-4a55-4a0e-9d8a-1b2c3d4e5f60,Competition,selective,"
            + "7a1b2c3d-0000-4000-8000-000000000001,d0d0d0d0-0000-4000-8000-000000000001,ca7e0000-0000-4000-8000-000000000001,"
            + "Independent special schools,a0a0a0a0-0000-4000-8000-000000000001,Kent County Council,"
            + "50505050-0000-4000-8000-000000000001,\"Smith, \"\"Best\"\" Care Ltd\",true,e5e5e5e5-0000-4000-8000-000000000001,"
            + "1234.50,GBP,Week,2026-09-01,2027-08-30,2026-08-14T14:30:00Z,,"));
    }

    [Test]
    public void A_direct_placement_s_row_has_its_reason_and_justification_and_leaves_unknown_names_empty()
    {
        var award = DirectPlacement() with { DirectPlacementJustification = "Named in the plan,\r\nby the tribunal" };

        var csv = AwardsCsv.Write(Publisher, Quarter, [award]);

        Assert.That(csv, Does.EndWith(
            "ocds-dps01-0d0d0d0d-0000-4000-8000-000000000002,0d0d0d0d-0000-4000-8000-000000000002,DirectPlacement,direct,,"
            + "d0d0d0d0-0000-4000-8000-000000000001,ca7e0000-0000-4000-8000-000000000001,,a0a0a0a0-0000-4000-8000-000000000001,,"
            + "50505050-0000-4000-8000-000000000002,,,e5e5e5e5-0000-4000-8000-000000000002,95000,GBP,Annum,2026-09-07,2027-09-05,"
            + "2026-09-30T23:59:59Z,ParentalPreference,\"Named in the plan,\r\nby the tribunal\"\r\n"));
    }

    [Test]
    public void A_quarter_without_awards_is_the_header_alone() =>
        Assert.That(AwardsCsv.Write(Publisher, Quarter, []), Is.EqualTo(Header + "\r\n"));

    [Test]
    public void An_award_outside_the_quarter_is_refused() =>
        Assert.That(
            () => AwardsCsv.Write(Publisher, Quarter, [Competition() with { AwardedAt = Quarter.Until }]),
            Throws.ArgumentException.With.Message.Contains("outside 2026-Q3"));

    [Test]
    public void No_service_user_is_published()
    {
        var csv = AwardsCsv.Write(Publisher, Quarter, [Competition(), DirectPlacement()]);

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Not.Contain("serviceUser").IgnoreCase);
            Assert.That(csv, Does.Not.Contain(ServiceUserReference));
            Assert.That(typeof(PublishedAward).GetProperties().Select(p => p.Name), Has.None.Contains("ServiceUser"));
        });
    }
}
