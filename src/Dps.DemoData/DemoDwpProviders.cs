using Dps.Catalogue.Domain.Offers;
using Dps.Qualification.Domain.Suppliers;

namespace Dps.DemoData;

/// <summary>DWP's demo suppliers: programme sites admitted to employability categories, each programme described as an offer.</summary>
internal static class DemoDwpProviders
{
    public const string Reference = DemoFundingModels.DwpReference;

    private static readonly DeliveryLocation Manchester = new("Pathways Manchester Centre", "M1 1AE", 53.4794, -2.2453);
    private static readonly DeliveryLocation Salford = new("Salford Jobs Hub", "M5 4WT", 53.4875, -2.2901);
    private static readonly DeliveryLocation Clerkenwell = new("Capital Skills Clerkenwell", "EC1R 3AL", 51.5226, -0.1090);

    public static readonly IReadOnlyList<DemoProvider> All =
    [
        new(
            Guid.Parse("0a4f0000-0000-4000-8000-000000000007"),
            Reference,
            "Pathways to Work CIC",
            "13678901",
            IsSme: true,
            new Contact("Dev Sharma", "bids@pathways.example", "+44 161 555 0070"),
            [new("Pathways Manchester Centre", "Piccadilly, Manchester", "M1 1AE", 53.4794, -2.2453, 120, null, null, DemoStage.Admitted, 76, [new("Engagement", [], [], 40), new("Getting jobs", [], [], 60)])],
            [
                new("Engagement", "Routes to Work", "Outreach in Jobcentres and community venues, then weekly one-to-one coaching to rebuild routine and confidence.",
                    ["Long-term unemployed", "Lone parents"], [Manchester, Salford], "Every completer leaves with an agreed action plan towards work.", null, 320m, 60),
                new("Getting jobs", "Job Ready in 12 Weeks", "CV clinics, mock interviews with local employers and supported applications, in cohorts of 12.",
                    ["Jobseekers aged 18-24", "Care leavers"], [Manchester], "Participants start work within the 13-week tracking window.", 45m, 780m, 48),
            ]),
        new(
            Guid.Parse("0a4f0000-0000-4000-8000-000000000008"),
            Reference,
            "Capital Skills Ltd",
            "14789012",
            IsSme: false,
            new Contact("Hannah Cole", "dwp@capitalskills.example", "+44 20 5550 0080"),
            [new("Capital Skills Clerkenwell", "Farringdon Road, London", "EC1R 3AL", 51.5226, -0.1090, 200, null, null, DemoStage.Admitted, 81, [new("Skills for work", [], [], 80), new("Keeping jobs", [], [], 50)])],
            [
                new("Skills for work", "Construction Skills (CSCS card)", "Two-week course leading to the CSCS card and a health and safety qualification, with site visits.",
                    ["Jobseekers with no recent qualifications", "Ex-offenders"], [Clerkenwell], "Participants gain the CSCS card and apply for site work.", 40m, 950m, 30),
                new("Keeping jobs", "Stay and Thrive", "In-work coaching by phone and in person for the first 13 weeks of a job, with employer mediation.",
                    ["Recently employed claimants", "Disabled workers"], [Clerkenwell], "Participants are still in work after 13 weeks.", 60m, 600m, 100),
            ]),
    ];
}
