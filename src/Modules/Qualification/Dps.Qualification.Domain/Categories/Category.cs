using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;
using Dps.Qualification.Domain.Categories.Rules;
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

    /// <summary>The name as uniqueness compares it (ignoring case), indexed so a racing duplicate cannot be stored.</summary>
    public string NameKey { get; private set; } = null!;

    public string? Description { get; private set; }

    public CategoryCriteria Criteria { get; private set; } = null!;

    internal static Category Create(DpsId dpsId, string name, string? description, IReadOnlyList<CoreCostLine> defaultCoreCostLines)
    {
        var category = new Category
        {
            Id = CategoryId.New(),
            DpsId = dpsId,
            Name = name.Trim(),
            NameKey = KeyOf(name),
            Description = description,
            Criteria = CategoryCriteria.Initial(defaultCoreCostLines),
        };
        category.Raise(new CategoryAdded(category.Id, dpsId, category.Name));
        return category;
    }

    public static string KeyOf(string name) => name.Trim().ToLowerInvariant();

    public void Rename(string name, string? description, IReadOnlyCollection<string> otherCategoryNames)
    {
        CheckRule(new CategoryNameMustBeUniqueWithinDpsRule(name, otherCategoryNames));
        Name = name.Trim();
        NameKey = KeyOf(name);
        Description = description;
    }

    public void SetCriteria(CategoryCriteria criteria, string schemeCurrency)
    {
        CheckRule(new MethodStatementWeightsMustSumTo100Rule(criteria.MethodStatements));
        CheckRule(new CriterionCodesMustBeUniqueRule(criteria));
        CheckRule(new AffordabilityCapMustBeInTheSchemeCurrencyRule(criteria.AffordabilityCap, schemeCurrency));
        Criteria = criteria;
    }
}
