using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class CoreCompetencyScoreMustStayWithin0To100Rule(decimal current, decimal adjustment) : IBusinessRule
{
    public string Message => $"The core competency score must stay within 0–100; {current} {(adjustment >= 0 ? "+" : "−")} {Math.Abs(adjustment)} would be {current + adjustment}.";

    public bool IsBroken() => current + adjustment is < Applications.CoreCompetencyScore.Minimum or > Applications.CoreCompetencyScore.Maximum;
}
