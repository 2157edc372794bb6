using Dps.Qualification.Domain.Categories.Criteria;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.UnitTests.Qualification;

/// <summary>Valid arguments for <see cref="DynamicPurchasingSystem.Create"/>; each test changes only what it is about.</summary>
internal static class PurchasingSystems
{
    public static readonly DateOnly ValidFrom = new(2017, 2, 1);
    public static readonly DateOnly ValidUntil = new(2021, 1, 31);
    public static readonly DateTimeOffset Now = new(2017, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<CoreCostLine> SenCoreCostLines =
        [new("PREMISES", "Premises"), new("STAFFING", "Core staffing"), new("CHILD", "General child costs")];

    public static DynamicPurchasingSystem Create(
        string reference = "SET/DPS/2017",
        IReadOnlyList<Authority>? participatingAuthorities = null,
        Authority? leadAuthority = null,
        DateOnly? validFrom = null,
        DateOnly? validUntil = null,
        bool referenceTaken = false) =>
        DynamicPurchasingSystem.Create(
            reference,
            "Children's placements",
            leadAuthority ?? Authorities.WestSussex,
            participatingAuthorities ?? Authorities.List(Authorities.WestSussex, Authorities.EastSussex),
            validFrom ?? ValidFrom,
            validUntil ?? ValidUntil,
            referenceTaken,
            Now);
}
