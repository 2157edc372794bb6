using Dps.Catalogue.Application.FundingModels;
using Dps.Catalogue.Domain.FundingModels;

namespace Dps.DemoData;

/// <summary>
/// DWP's default funding models (docs/domain.md): Engagement is paid 30% at start and 70% on completion; routeways R2 to
/// R5 also pay on a job outcome — 4 weeks in work within a 13-week tracking window.
/// </summary>
internal static class DemoFundingModels
{
    public const string DwpReference = "DWP-FSF-DPS";
    public const string EngagementCategory = "Engagement";

    /// <summary>The funding models of a demo DPS, once its categories exist (by name); none for a DPS other than DWP's.</summary>
    public static IReadOnlyList<DefineFundingModel> For(string dpsReference, Guid dpsId, IReadOnlyDictionary<string, Guid> categoryIds) =>
        dpsReference != DwpReference
            ? []
            :
            [
                new(dpsId, categoryIds[EngagementCategory], null, new FundingShares(30, 70, 0), null),
                new(dpsId, null, "R2", new FundingShares(20, 30, 50), null),
                new(dpsId, null, "R3", new FundingShares(10, 30, 60), null),
                new(dpsId, null, "R4", new FundingShares(10, 30, 60), null),
                new(dpsId, null, "R5", new FundingShares(20, 50, 30), null),
            ];
}
