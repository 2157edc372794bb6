using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.UnitTests.Qualification;

/// <summary>The SET scheme's lead council and two of its partners.</summary>
internal static class Authorities
{
    public static readonly Authority WestSussex = new(Guid.Parse("0d6c1c1e-0000-4000-8000-000000000001"), "West Sussex County Council");
    public static readonly Authority EastSussex = new(Guid.Parse("0d6c1c1e-0000-4000-8000-000000000002"), "East Sussex County Council");
    public static readonly Authority Brighton = new(Guid.Parse("0d6c1c1e-0000-4000-8000-000000000003"), "Brighton & Hove City Council");

    public static IReadOnlyList<Authority> List(params Authority[] authorities) => authorities;
}
