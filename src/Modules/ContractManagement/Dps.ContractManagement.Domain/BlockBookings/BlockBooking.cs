using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.BlockBookings.Rules;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.BlockBookings;

/// <summary>
/// A block of places an authority contracts with an establishment for a term, at a price per place: from an award of
/// more than one place (the block is that contract's), or recorded directly by a buyer with a justification. Later
/// placements draw it down without a new competition, until it is full or its term has passed; the places never used
/// are its voids.
/// </summary>
public sealed class BlockBooking : AggregateRoot
{
    private BlockBooking()
    {
    }

    public BlockBookingId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    /// <summary>The buying authority; in a column, as buyers see their own authority's blocks.</summary>
    public Guid AuthorityId { get; private set; }

    /// <summary>The supplier; in a column, as suppliers see their own blocks.</summary>
    public Guid SupplierId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public BlockBookingOrigin Origin { get; private set; }

    /// <summary>For a block from an award, the award's id: one block per award, a unique column.</summary>
    public Guid? AwardId { get; private set; }

    /// <summary>For a block from an award, the contract made from the same award.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>For a block from a competition, the referral that asked for the block.</summary>
    public Guid? ReferralId { get; private set; }

    /// <summary>For a block recorded directly, why it was booked without a competition.</summary>
    public string? Justification { get; private set; }

    /// <summary>How many places are booked; at least one.</summary>
    public int Places { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The block's last day: no placement starts after it, and none is recorded once it has passed.</summary>
    public DateOnly EndDate { get; private set; }

    public Money PricePerPlace { get; private set; } = null!;

    public ContractPriceBasis PriceBasis { get; private set; }

    /// <summary>How many places are drawn down; in a column that a check constraint keeps within <see cref="Places"/>.</summary>
    public int PlacesUsed { get; private set; }

    /// <summary>The places never used: places − used.</summary>
    public int Voids => Places - PlacesUsed;

    /// <summary>The draw-downs, oldest first.</summary>
    public IReadOnlyList<BlockPlacement> Placements { get; private set; } = [];

    public string RecordedBy { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public BlockBookingTerms Terms => new(Places, StartDate, EndDate, PricePerPlace, PriceBasis);

    /// <summary>The block of an award of more than one place, the contract made from that award's.</summary>
    public static BlockBooking FromAward(Contract contract, string recordedBy, DateTimeOffset now)
    {
        var terms = contract.Terms;
        var block = New(
            new BlockBookingParties(contract.DpsId, contract.CategoryId, contract.AuthorityId, contract.SupplierId, contract.EstablishmentId),
            new BlockBookingTerms(terms.Places, terms.StartDate, terms.EndDate, terms.Price, terms.PriceBasis),
            BlockBookingOrigin.Award,
            recordedBy,
            now);
        block.AwardId = contract.AwardId;
        block.ContractId = contract.Id.Value;
        block.ReferralId = contract.ReferralId;
        return block;
    }

    /// <summary>A block a buyer records directly, without a competition: it needs a justification, and an active member of the category through the DPS and supplier it names.</summary>
    public static BlockBooking RecordDirectly(
        BlockBookingParties parties, BlockMembership membership, BlockBookingTerms terms, string justification, string recordedBy, DateTimeOffset now)
    {
        CheckRule(new DirectBlockBookingMustBeJustifiedRule(justification));
        CheckRule(new BlockBookingPartiesMustMatchTheMembershipRule(parties, membership));
        CheckRule(new BlockedEstablishmentMustBeAnActiveMemberRule(membership.Standing));
        var block = New(parties, terms, BlockBookingOrigin.Direct, recordedBy, now);
        block.Justification = justification;
        return block;
    }

    /// <summary>
    /// Draws one place down for a service user, from a day of the block's term, while the block has a free place and
    /// has not ended on the platform's clock (<paramref name="today"/>).
    /// </summary>
    public BlockPlacement Place(string serviceUserReference, DateOnly startDate, DateOnly today, string placedBy, DateTimeOffset now)
    {
        CheckRule(new BlockBookingMustNotHaveEndedRule(EndDate, today));
        CheckRule(new BlockBookingMustHaveAFreePlaceRule(Places, PlacesUsed));
        CheckRule(new PlacementMustStartWithinTheBlockRule(Terms, startDate));
        CheckRule(new ServiceUserPlacedOnceInABlockRule(
            Placements.Any(p => string.Equals(p.ServiceUserReference, serviceUserReference, StringComparison.Ordinal)), serviceUserReference));
        var placement = new BlockPlacement(Guid.CreateVersion7(), serviceUserReference, startDate, placedBy, now);
        Placements = [.. Placements, placement];
        PlacesUsed = Placements.Count;
        UpdatedAt = now;
        return placement;
    }

    private static BlockBooking New(BlockBookingParties parties, BlockBookingTerms terms, BlockBookingOrigin origin, string recordedBy, DateTimeOffset now)
    {
        CheckRule(new BlockBookingMustHaveAPlaceRule(terms.Places));
        CheckRule(new BlockBookingTermMustNotEndBeforeItStartsRule(terms.StartDate, terms.EndDate));
        return new BlockBooking
        {
            Id = BlockBookingId.New(),
            DpsId = parties.DpsId,
            CategoryId = parties.CategoryId,
            AuthorityId = parties.AuthorityId,
            SupplierId = parties.SupplierId,
            EstablishmentId = parties.EstablishmentId,
            Origin = origin,
            Places = terms.Places,
            StartDate = terms.StartDate,
            EndDate = terms.EndDate,
            PricePerPlace = terms.PricePerPlace,
            PriceBasis = terms.PriceBasis,
            RecordedBy = recordedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
