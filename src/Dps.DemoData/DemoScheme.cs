using Dps.Qualification.Application.Categories.Criteria;

namespace Dps.DemoData;

/// <summary>A seeded demo DPS: its id, and each category's id and criteria by name.</summary>
internal sealed record DemoScheme(Guid DpsId, IReadOnlyDictionary<string, (Guid Id, CriteriaResponse Criteria)> Categories)
{
    public Guid CategoryId(string name) => Categories[name].Id;
}
