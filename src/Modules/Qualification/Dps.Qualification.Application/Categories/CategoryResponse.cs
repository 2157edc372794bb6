using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Categories;

namespace Dps.Qualification.Application.Categories;

public sealed record CategoryResponse(Guid Id, Guid DpsId, string Name, string? Description, uint Version) : IVersioned
{
    public static CategoryResponse From(Category category) =>
        new(category.Id.Value, category.DpsId.Value, category.Name, category.Description, category.Version);
}
