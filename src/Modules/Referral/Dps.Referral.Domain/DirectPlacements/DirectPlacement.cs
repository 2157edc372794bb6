using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.DirectPlacements.Rules;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.DirectPlacements;

/// <summary>
/// An award without competition, in exceptional circumstances from the scheme's agreed list, to an active member of the
/// category; recorded so that it can be reported.
/// </summary>
public sealed class DirectPlacement : AggregateRoot
{
    private DirectPlacement()
    {
    }

    public DirectPlacementId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid AuthorityId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public Guid SupplierId { get; private set; }

    public Guid MembershipId { get; private set; }

    public string Reason { get; private set; } = null!;

    public string Justification { get; private set; } = null!;

    public string ServiceUserReference { get; private set; } = null!;

    public decimal PriceAmount { get; private set; }

    public string PriceCurrency { get; private set; } = null!;

    public PriceBasis PriceBasis { get; private set; }

    public DateOnly StartDate { get; private set; }

    public int TermWeeks { get; private set; }

    public int Places { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public Money Price() => new(PriceAmount, PriceCurrency);

    /// <param name="standing">The membership's standing now, as Qualification answers it: Active, Suspended or Removed.</param>
    public static DirectPlacement Place(
        Guid dpsId,
        Guid categoryId,
        Guid authorityId,
        Guid establishmentId,
        Guid supplierId,
        Guid membershipId,
        string standing,
        string schemeCurrency,
        DirectPlacementTerms terms,
        DateTimeOffset now)
    {
        CheckRule(new EstablishmentMustBeAnActiveMemberRule(standing));
        CheckRule(new PriceMustBeInTheSchemesCurrencyRule(terms.Price.Currency, schemeCurrency));
        return new DirectPlacement
        {
            Id = DirectPlacementId.New(),
            DpsId = dpsId,
            CategoryId = categoryId,
            AuthorityId = authorityId,
            EstablishmentId = establishmentId,
            SupplierId = supplierId,
            MembershipId = membershipId,
            Reason = terms.Reason,
            Justification = terms.Justification,
            ServiceUserReference = terms.ServiceUserReference,
            PriceAmount = terms.Price.Amount,
            PriceCurrency = terms.Price.Currency,
            PriceBasis = terms.PriceBasis,
            StartDate = terms.StartDate,
            TermWeeks = terms.TermWeeks,
            Places = terms.Places,
            PlacedAt = now,
        };
    }
}
