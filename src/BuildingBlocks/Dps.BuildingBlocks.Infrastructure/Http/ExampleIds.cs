namespace Dps.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// The ids the modules' <see cref="ApiExamples"/> name. Authorities and suppliers are the demo data's own fixed ids (a unit
/// test holds them equal), so a pasted example meets a demo row; the demo data draws every other id when it seeds, so
/// those here are only well-formed stand-ins to replace with an id a list returned.
/// </summary>
public static class ExampleIds
{
    public static readonly Guid WestSussex = Guid.Parse("5e700000-0000-4000-8000-000000000001");
    public static readonly Guid Kent = Guid.Parse("5e700000-0000-4000-8000-000000000005");
    public static readonly Guid Dwp = Guid.Parse("d3900000-0000-4000-8000-000000000001");
    public static readonly Guid DwpGreaterManchester = Guid.Parse("d3900000-0000-4000-8000-000000000002");

    /// <summary>Oakfield Care Ltd, whose SET application waits for evaluation.</summary>
    public static readonly Guid Oakfield = Guid.Parse("0a4f0000-0000-4000-8000-000000000001");

    /// <summary>Downsview Education Trust, admitted to SET's SEN category.</summary>
    public static readonly Guid Downsview = Guid.Parse("0a4f0000-0000-4000-8000-000000000002");

    /// <summary>A DWP provider, with offers in the Engagement routeway.</summary>
    public static readonly Guid DwpProvider = Guid.Parse("0a4f0000-0000-4000-8000-000000000007");

    public static readonly Guid Dps = Stand(1);
    public static readonly Guid Category = Stand(2);
    public static readonly Guid Establishment = Stand(3);
    public static readonly Guid Application = Stand(4);
    public static readonly Guid Membership = Stand(5);
    public static readonly Guid Referral = Stand(6);
    public static readonly Guid Bid = Stand(7);
    public static readonly Guid Offer = Stand(8);
    public static readonly Guid Contract = Stand(9);
    public static readonly Guid Claim = Stand(10);
    public static readonly Guid Invoice = Stand(11);
    public static readonly Guid FundingModel = Stand(12);
    public static readonly Guid Question = Stand(13);
    public static readonly Guid Review = Stand(14);
    public static readonly Guid Uplift = Stand(15);
    public static readonly Guid BlockBooking = Stand(16);
    public static readonly Guid DirectPlacement = Stand(17);
    public static readonly Guid SuspensionRequest = Stand(18);
    public static readonly Guid Taxonomy = Stand(19);
    public static readonly Guid Invitation = Stand(20);
    public static readonly Guid Score = Stand(21);
    public static readonly Guid Report = Stand(22);

    private static Guid Stand(int number) => Guid.Parse($"e8a3b1e0-0000-4000-8000-{number:D12}");
}
