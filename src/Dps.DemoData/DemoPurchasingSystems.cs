using Dps.Qualification.Application.PurchasingSystems;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.DemoData;

/// <summary>
/// The two schemes of docs/domain.md: SET (a lead council buying children's placements for 7 councils) and
/// DWP's employability DPS. Authority ids are fixed so testers can mint buyer tokens for them (see README).
/// </summary>
public static class DemoPurchasingSystems
{
    public static readonly Authority WestSussex = new(Guid.Parse("5e700000-0000-4000-8000-000000000001"), "West Sussex County Council");
    public static readonly Authority BrightonAndHove = new(Guid.Parse("5e700000-0000-4000-8000-000000000002"), "Brighton & Hove City Council");
    public static readonly Authority EastSussex = new(Guid.Parse("5e700000-0000-4000-8000-000000000003"), "East Sussex County Council");
    public static readonly Authority Essex = new(Guid.Parse("5e700000-0000-4000-8000-000000000004"), "Essex County Council");
    public static readonly Authority Kent = new(Guid.Parse("5e700000-0000-4000-8000-000000000005"), "Kent County Council");
    public static readonly Authority Medway = new(Guid.Parse("5e700000-0000-4000-8000-000000000006"), "Medway Council");
    public static readonly Authority Surrey = new(Guid.Parse("5e700000-0000-4000-8000-000000000007"), "Surrey County Council");

    public static readonly Authority Dwp = new(Guid.Parse("d3900000-0000-4000-8000-000000000001"), "Department for Work and Pensions");
    public static readonly Authority DwpGreaterManchester = new(Guid.Parse("d3900000-0000-4000-8000-000000000002"), "DWP Greater Manchester district");
    public static readonly Authority DwpCentralLondon = new(Guid.Parse("d3900000-0000-4000-8000-000000000003"), "DWP Central London district");

    internal sealed record DemoDps(CreateDps Dps, IReadOnlyList<(string Name, string Description)> Categories);

    internal static readonly IReadOnlyList<DemoDps> All =
    [
        new(
            new CreateDps(
                "SET-DPS-2017",
                "South East Together — placements for children with SEN, in foster care and in residential care",
                WestSussex,
                [WestSussex, BrightonAndHove, EastSussex, Essex, Kent, Medway, Surrey],
                new DateOnly(2017, 4, 1),
                new DateOnly(2029, 3, 31)),
            [
                ("SEN", "Independent and non-maintained special schools for children with special educational needs."),
                ("Foster care", "Independent fostering agency placements."),
                ("Residential care", "Children's homes and residential placements."),
            ]),
        new(
            new CreateDps(
                "DWP-FSF-DPS",
                "DWP Flexible Support Fund — employability provision bought by Jobcentre districts",
                Dwp,
                [Dwp, DwpGreaterManchester, DwpCentralLondon],
                new DateOnly(2017, 1, 9),
                new DateOnly(2028, 12, 31)),
            [
                ("Engagement", "Routeway 1: engaging claimants furthest from work."),
                ("Moving towards work", "Routeway 2: building confidence and motivation."),
                ("Support for hardest to help", "Routeway 3: specialist support for complex barriers."),
                ("Supporting hardest to help into work", "Routeway 3/4: moving the hardest to help into jobs."),
                ("Addressing barriers", "Routeway 4: health, housing, debt and other barriers to work."),
                ("Skills for work", "Routeway 4: employability skills and sector training."),
                ("Getting jobs", "Routeway 5: job search, applications and interviews."),
                ("Keeping jobs", "Routeway 5: in-work support to stay in employment."),
            ]),
    ];
}
