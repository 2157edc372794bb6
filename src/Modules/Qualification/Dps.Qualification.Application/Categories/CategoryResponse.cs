using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Categories;

namespace Dps.Qualification.Application.Categories;

public sealed record CategoryResponse(
    Guid Id,
    Guid DpsId,
    [property: Description("The category's name, unique within the DPS ignoring case, e.g. SEN.")] string Name,
    [property: Description("What the category covers; null when none was given.")] string? Description,
    uint Version) : IVersioned
{
    public static CategoryResponse From(Category category) =>
        new(category.Id.Value, category.DpsId.Value, category.Name, category.Description, category.Version);
}
