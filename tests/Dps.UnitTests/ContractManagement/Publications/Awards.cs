using Dps.ContractManagement.Application.Publications;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.UnitTests.ContractManagement.Publications;

/// <summary>Awards of 2026-Q3 as the publication receives them.</summary>
internal static class Awards
{
    public static readonly AwardQuarter Quarter = AwardQuarter.Parse("2026-Q3");

    public static readonly AwardPublisher Publisher = new("Kent County Council DPS", new Uri("https://dps.example.gov.uk/"), "ocds-dps01");

    public static readonly DateTimeOffset PublishedAt = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The kind of anonymised service-user reference the award event carries, which must never be published.</summary>
    public const string ServiceUserReference = "KCC-20261234";

    public static PublishedAward Competition() => new(
        AwardId: Guid.Parse("0c6f3c1e-4a55-4a0e-9d8a-1b2c3d4e5f60"),
        Route: ContractRoute.Competition,
        ReferralId: Guid.Parse("7a1b2c3d-0000-4000-8000-000000000001"),
        DpsId: Guid.Parse("d0d0d0d0-0000-4000-8000-000000000001"),
        CategoryId: Guid.Parse("ca7e0000-0000-4000-8000-000000000001"),
        CategoryName: "Independent special schools",
        AuthorityId: Guid.Parse("a0a0a0a0-0000-4000-8000-000000000001"),
        AuthorityName: "Kent County Council",
        SupplierId: Guid.Parse("50505050-0000-4000-8000-000000000001"),
        SupplierName: "Smith, \"Best\" Care Ltd",
        SupplierIsSme: true,
        EstablishmentId: Guid.Parse("e5e5e5e5-0000-4000-8000-000000000001"),
        Price: 1234.50m,
        Currency: "GBP",
        PriceBasis: ContractPriceBasis.Week,
        ContractStart: new DateOnly(2026, 9, 1),
        ContractEnd: new DateOnly(2027, 8, 30),
        AwardedAt: new DateTimeOffset(2026, 8, 14, 15, 30, 0, TimeSpan.FromHours(1)),
        DirectPlacementReason: null,
        DirectPlacementJustification: null);

    public static PublishedAward DirectPlacement() => new(
        AwardId: Guid.Parse("0d0d0d0d-0000-4000-8000-000000000002"),
        Route: ContractRoute.DirectPlacement,
        ReferralId: null,
        DpsId: Guid.Parse("d0d0d0d0-0000-4000-8000-000000000001"),
        CategoryId: Guid.Parse("ca7e0000-0000-4000-8000-000000000001"),
        CategoryName: null,
        AuthorityId: Guid.Parse("a0a0a0a0-0000-4000-8000-000000000001"),
        AuthorityName: null,
        SupplierId: Guid.Parse("50505050-0000-4000-8000-000000000002"),
        SupplierName: null,
        SupplierIsSme: null,
        EstablishmentId: Guid.Parse("e5e5e5e5-0000-4000-8000-000000000002"),
        Price: 95000m,
        Currency: "GBP",
        PriceBasis: ContractPriceBasis.Annum,
        ContractStart: new DateOnly(2026, 9, 7),
        ContractEnd: new DateOnly(2027, 9, 5),
        AwardedAt: new DateTimeOffset(2026, 9, 30, 23, 59, 59, TimeSpan.Zero),
        DirectPlacementReason: "ParentalPreference",
        DirectPlacementJustification: "The parents chose the school, which the tribunal named in the plan.");
}
