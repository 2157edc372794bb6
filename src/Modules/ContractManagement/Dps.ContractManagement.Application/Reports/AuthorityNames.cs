using Dps.BuildingBlocks.Application.Security;

namespace Dps.ContractManagement.Application.Reports;

/// <summary>
/// How a report names authorities: by name for the manager and auditors; for a buyer, its own by name and every other as
/// "Authority A", "Authority B"… in the order of their ids, so a label stays the same throughout one report.
/// </summary>
internal static class AuthorityNames
{
    public static Dictionary<Guid, BenchmarkAuthority> For(ICurrentActor actor, IEnumerable<Guid> authorityIds, IReadOnlyDictionary<Guid, string> names)
    {
        var seesAll = actor.OverseesAll();
        var own = actor.OwnAuthorityId();
        var labelled = 0;
        return authorityIds.Distinct().Order().ToDictionary(
            id => id,
            id => seesAll || id == own
                ? new BenchmarkAuthority(id, names.GetValueOrDefault(id) ?? id.ToString())
                : new BenchmarkAuthority(null, $"Authority {Label(labelled++)}"));
    }

    /// <summary>A, B, … Z, AA, AB, …: as many labels as there are authorities.</summary>
    private static string Label(int index) => index < 26 ? ((char)('A' + index)).ToString() : Label((index / 26) - 1) + (char)('A' + (index % 26));
}
