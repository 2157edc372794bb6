using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.PurchasingSystems.Rules;

namespace Dps.Qualification.Domain.Categories;

/// <summary>A lot of a DPS (e.g. SEN, Foster care, Engagement) with its own criteria; created through <see cref="DynamicPurchasingSystem.AddCategory"/>.</summary>
public sealed class Category : AggregateRoot
{
    private Category()
    {
    }

    public CategoryId Id { get; private set; }

    public DpsId DpsId { get; private set; }

    public string Name { get; private set; } = null!;

    public string? Description { get; private set; }

    internal static Category Create(DpsId dpsId, string name, string? description)
    {
        var category = new Category { Id = CategoryId.New(), DpsId = dpsId, Name = name.Trim(), Description = description };
        category.Raise(new CategoryAdded(category.Id, dpsId, category.Name));
        return category;
    }

    public void Rename(string name, string? description, IReadOnlyCollection<string> otherCategoryNames)
    {
        CheckRule(new CategoryNameMustBeUniqueWithinDpsRule(name, otherCategoryNames));
        Name = name.Trim();
        Description = description;
    }
}
