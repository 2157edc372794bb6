using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Application.Categories;
using Dps.Qualification.Application.Categories.Criteria;
using Dps.Qualification.Domain.Categories.Criteria;

namespace Dps.DemoData;

/// <summary>Qualification criteria for the demo categories, after SET's business case (seed 004) and DWP's slides (seed 000).</summary>
internal static class DemoCriteria
{
    private static readonly IReadOnlyList<PassFailCriterion> SetPassFail =
    [
        new("PF-EXCL", "No mandatory or discretionary exclusions apply", null),
        new("PF-FIN", "Acceptable financial risk", "Latest two years' accounts or a credit report."),
        new("PF-INS", "Insurances at the category's levels", null),
        new("PF-HSE", "Health & safety, equalities and environmental compliance: no notices in the last 3 years", null),
        new("PF-OFSTED", "Ofsted or equivalent rating of Requires improvement or better", "Latest inspection report."),
        new("PF-DFE", "DfE registration where applicable", null),
        new("PF-BCP", "Business continuity, safeguarding and risk management", null),
        new("PF-DPA", "Data protection", null),
    ];

    private static readonly IReadOnlyList<MethodStatement> SetMethodStatements =
    [
        new("MS-WORKFORCE", "Workforce", 40),
        new("MS-OUTCOMES", "Ability to work to the outcomes framework", 35),
        new("MS-CONTRACT", "Contract management and performance monitoring", 25),
    ];

    private static readonly IReadOnlyList<InsuranceRequirement> SetInsurances =
    [
        new("Employer's liability", new Money(5_000_000m, "GBP")),
        new("Public liability", new Money(5_000_000m, "GBP")),
        new("Professional indemnity", new Money(2_000_000m, "GBP")),
    ];

    private static readonly IReadOnlyList<CoreCostLine> ResidentialLines = [new("RESIDENTIAL", "Residential care and night staffing")];

    /// <summary>Sets the criteria of a demo category, given the core-cost lines it was created with (SEN's 9).</summary>
    public static SetCategoryCriteria For(string dpsReference, CategoryResponse category, IReadOnlyList<CoreCostLine> defaultLines) => dpsReference switch
    {
        "SET-DPS-2017" => new SetCategoryCriteria(
            category.DpsId,
            category.Id,
            SetPassFail,
            SetMethodStatements,
            SetInsurances,
            category.Name == "Residential care" ? [.. defaultLines, .. ResidentialLines] : defaultLines,
            new Money(category.Name == "SEN" ? 4_000m : 6_000m, "GBP"),
            null),
        _ => new SetCategoryCriteria(
            category.DpsId,
            category.Id,
            [new("PF-EXCL", "No mandatory or discretionary exclusions apply", null), new("PF-INS", "Insurances at the category's levels", null)],
            [new("MS-DELIVERY", "What and how: delivery of the programme", 50), new("MS-OUTCOMES", "Expected outcomes and performance", 50)],
            [new("Public liability", new Money(2_000_000m, "GBP"))],
            [],
            null,
            null),
    };
}
