using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.ContractManagement.Domain.Uplifts;

namespace Dps.ContractManagement.Application.Uplifts;

/// <summary>An agreed uplift: the category, the cost lines it touches, the percentage, from when, and how many contracts took it.</summary>
public sealed record UpliftResponse(
    Guid Id,
    Guid CategoryId,
    [property: Description("The codes of the cost lines it applies to (e.g. `EDUCATION`); the other lines of a price are left as they are.")] IReadOnlyList<string> LineCodes,
    [property: Description("The uplift, in percent of each named line (over 0, at most 100).")] decimal Percent,
    [property: Description("The first day the uplifted prices apply (a calendar date, Europe/London).")] DateOnly EffectiveFrom,
    [property: Description("Why it was agreed, e.g. the annual inflationary uplift agreed with the providers.")] string Reason,
    [property: Description("How many contracts took it: the active contracts of the category that started before `effectiveFrom`, run on it and have a named line.")] int ContractsUplifted,
    [property: Description("The DPS manager who recorded it (the token's subject).")] string AgreedBy,
    [property: Description("When it was recorded (UTC).")] DateTimeOffset RecordedAt,
    uint Version)
    : IVersioned
{
    internal static UpliftResponse From(Uplift uplift) => new(
        uplift.Id.Value, uplift.CategoryId, uplift.LineCodes, uplift.Percent, uplift.EffectiveFrom, uplift.Reason, uplift.ContractsUplifted, uplift.AgreedBy, uplift.RecordedAt, uplift.Version);
}
