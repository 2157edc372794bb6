using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.UnitTests.ContractManagement.BlockBookings;

public sealed class BlockBookingTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 1, 1);
    private static readonly DateOnly Start = new(2027, 1, 4);
    private static readonly DateOnly End = new(2027, 7, 31);

    private static readonly Guid DpsId = Guid.NewGuid();
    private static readonly Guid SupplierId = Guid.NewGuid();

    private static BlockBookingParties Parties() => new(DpsId, Guid.NewGuid(), Guid.NewGuid(), SupplierId, Guid.NewGuid());

    private static BlockMembership Member(string standing = BlockMembership.Active) => new(DpsId, SupplierId, standing);

    private static BlockBookingTerms Terms(int places = 2, DateOnly? end = null) =>
        new(places, Start, end ?? End, new Money(2500m, "GBP"), ContractPriceBasis.Week);

    private static BlockBooking Direct(int places = 2) => BlockBooking.RecordDirectly(Parties(), Member(), Terms(places), "Reserved capacity for the spring term.", "buyer-1", Now);

    private static void Refused(string rule, TestDelegate action) =>
        Assert.That(Assert.Throws<BusinessRuleValidationException>(action)!.RuleName, Is.EqualTo(rule));

    [Test]
    public void A_direct_block_keeps_its_justification_and_starts_with_every_place_void()
    {
        var block = Direct(3);

        Assert.Multiple(() =>
        {
            Assert.That(block.Origin, Is.EqualTo(BlockBookingOrigin.Direct));
            Assert.That(block.Justification, Is.EqualTo("Reserved capacity for the spring term."));
            Assert.That(block.PlacesUsed, Is.Zero);
            Assert.That(block.Voids, Is.EqualTo(3));
            Assert.That(block.AwardId, Is.Null);
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_direct_block_needs_a_justification(string justification)
    {
        Refused("DirectBlockBookingMustBeJustified", () => BlockBooking.RecordDirectly(Parties(), Member(), Terms(), justification, "buyer-1", Now));
    }

    [Test]
    public void A_direct_block_is_with_an_active_member_through_the_DPS_and_supplier_it_names()
    {
        var parties = Parties();

        Refused("BlockedEstablishmentMustBeAnActiveMember", () => BlockBooking.RecordDirectly(parties, Member("Suspended"), Terms(), "Why", "buyer-1", Now));
        Refused("BlockBookingPartiesMustMatchTheMembership", () => BlockBooking.RecordDirectly(parties, Member() with { SupplierId = Guid.NewGuid() }, Terms(), "Why", "buyer-1", Now));
        Refused("BlockBookingPartiesMustMatchTheMembership", () => BlockBooking.RecordDirectly(parties, Member() with { DpsId = Guid.NewGuid() }, Terms(), "Why", "buyer-1", Now));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void A_block_books_at_least_one_place(int places)
    {
        Refused("BlockBookingMustHaveAPlace", () => Direct(places));
    }

    [Test]
    public void A_block_does_not_end_before_it_starts()
    {
        Refused("BlockBookingTermMustNotEndBeforeItStarts", () => BlockBooking.RecordDirectly(Parties(), Member(), Terms(end: Start.AddDays(-1)), "Why", "buyer-1", Now));
        Assert.That(BlockBooking.RecordDirectly(Parties(), Member(), Terms(end: Start), "One day", "buyer-1", Now).EndDate, Is.EqualTo(Start));
    }

    [Test]
    public void A_term_in_weeks_ends_the_day_before_its_last_week_is_out()
    {
        Assert.That(BlockBookingTerms.EndOfWeeks(Start, 39), Is.EqualTo(new DateOnly(2027, 10, 3)));
    }

    [Test]
    public void Placements_draw_the_block_down_until_it_is_full()
    {
        var block = Direct(2);

        block.Place("KCC-20260001", Start, Today, "buyer-1", Now);
        block.Place("KCC-20260002", End, Today, "buyer-2", Now);

        Refused("BlockBookingMustHaveAFreePlace", () => block.Place("KCC-20260003", Start, Today, "buyer-1", Now));
        Assert.Multiple(() =>
        {
            Assert.That(block.PlacesUsed, Is.EqualTo(2));
            Assert.That(block.Voids, Is.Zero);
            Assert.That(block.Placements.Select(p => p.ServiceUserReference), Is.EqualTo(new[] { "KCC-20260001", "KCC-20260002" }));
            Assert.That(block.Placements[1].PlacedBy, Is.EqualTo("buyer-2"));
        });
    }

    [TestCase("2027-01-03")]
    [TestCase("2027-08-01")]
    public void A_placement_starts_within_the_block_s_term(string startDate)
    {
        var block = Direct();

        Refused("PlacementMustStartWithinTheBlock", () => block.Place("KCC-20260001", DateOnly.Parse(startDate), Today, "buyer-1", Now));
        Assert.That(block.PlacesUsed, Is.Zero);
    }

    [Test]
    public void A_block_takes_no_placement_once_its_last_day_has_passed()
    {
        var block = Direct();

        block.Place("KCC-20260001", End, End, "buyer-1", Now);
        Refused("BlockBookingMustNotHaveEnded", () => block.Place("KCC-20260002", End, End.AddDays(1), "buyer-1", Now));
        Assert.That(block.PlacesUsed, Is.EqualTo(1));
    }

    [Test]
    public void A_service_user_takes_one_place_of_a_block()
    {
        var block = Direct(3);
        block.Place("KCC-20260001", Start, Today, "buyer-1", Now);

        Refused("ServiceUserPlacedOnceInABlock", () => block.Place("KCC-20260001", Start.AddDays(7), Today, "buyer-1", Now));
    }

    [Test]
    public void An_award_s_block_is_its_contract_s_with_its_places_term_and_price()
    {
        var contract = Contract.FromAward(
            Guid.NewGuid(),
            Guid.NewGuid(),
            new ContractParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
            new ContractAward(Guid.NewGuid(), ContractRoute.Competition, Guid.NewGuid(), Now, null),
            new ContractTerms("WSCC-20260001", new Money(3000m, "GBP"), ContractPriceBasis.Week, [], Start, 39, 3, null),
            Now);

        var block = BlockBooking.FromAward(contract, "award", Now);

        Assert.Multiple(() =>
        {
            Assert.That(block.Origin, Is.EqualTo(BlockBookingOrigin.Award));
            Assert.That(block.ContractId, Is.EqualTo(contract.Id.Value));
            Assert.That(block.AwardId, Is.EqualTo(contract.AwardId));
            Assert.That(block.ReferralId, Is.EqualTo(contract.ReferralId));
            Assert.That(block.AuthorityId, Is.EqualTo(contract.AuthorityId));
            Assert.That(block.SupplierId, Is.EqualTo(contract.SupplierId));
            Assert.That(block.Places, Is.EqualTo(3));
            Assert.That(block.StartDate, Is.EqualTo(Start));
            Assert.That(block.EndDate, Is.EqualTo(new DateOnly(2027, 10, 3)));
            Assert.That(block.PricePerPlace, Is.EqualTo(new Money(3000m, "GBP")));
            Assert.That(block.Justification, Is.Null);
        });
    }
}
