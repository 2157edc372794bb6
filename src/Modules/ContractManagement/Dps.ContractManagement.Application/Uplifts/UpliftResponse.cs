using Dps.BuildingBlocks.Application;
using Dps.ContractManagement.Domain.Uplifts;

namespace Dps.ContractManagement.Application.Uplifts;

/// <summary>An agreed uplift: the category, the cost lines it touches, the percentage, from when, and how many contracts took it.</summary>
public sealed record UpliftResponse(
    Guid Id, Guid CategoryId, IReadOnlyList<string> LineCodes, decimal Percent, DateOnly EffectiveFrom, string Reason, int ContractsUplifted, string AgreedBy, DateTimeOffset RecordedAt, uint Version)
    : IVersioned
{
    internal static UpliftResponse From(Uplift uplift) => new(
        uplift.Id.Value, uplift.CategoryId, uplift.LineCodes, uplift.Percent, uplift.EffectiveFrom, uplift.Reason, uplift.ContractsUplifted, uplift.AgreedBy, uplift.RecordedAt, uplift.Version);
}
