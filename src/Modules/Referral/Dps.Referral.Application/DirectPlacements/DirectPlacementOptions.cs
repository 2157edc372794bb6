namespace Dps.Referral.Application.DirectPlacements;

/// <summary>
/// The scheme's agreed reasons for awarding without competition (section <c>Referral:DirectPlacementReasons</c>, code →
/// description). Configured reasons are added to these defaults.
/// </summary>
public sealed class DirectPlacementOptions
{
    public Dictionary<string, string> DirectPlacementReasons { get; set; } = new(StringComparer.Ordinal)
    {
        ["ParentalPreference"] = "A school named by the parent or young person under section 39 of the Children and Families Act 2014.",
        ["TribunalOrder"] = "A placement ordered by the First-tier Tribunal (SEND).",
        ["EmergencyNoCapacity"] = "An emergency placement when no member of the category has capacity in time.",
    };
}
