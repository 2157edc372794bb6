using Dps.BuildingBlocks.Application.Errors;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories;

internal static class CategoryQueries
{
    public static IQueryable<Category> OfDps(this IQueryable<Category> categories, Guid dpsId) =>
        categories.Where(c => c.DpsId == DpsId.From(dpsId));

    public static async Task<Category> GetAsync(
        this IQueryable<Category> categories, Guid dpsId, Guid categoryId, CancellationToken cancellationToken) =>
        await categories.OfDps(dpsId).SingleOrDefaultAsync(c => c.Id == CategoryId.From(categoryId), cancellationToken)
        ?? throw new NotFoundException("Category", categoryId);

    /// <summary>The names of the DPS's other categories that read as <paramref name="name"/> ignoring case: none, or the one it clashes with.</summary>
    public static async Task<IReadOnlyCollection<string>> NamesLikeAsync(
        this IQueryable<Category> categories, Guid dpsId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var key = Category.KeyOf(name);
        var others = categories.OfDps(dpsId).Where(c => c.NameKey == key);
        if (except is { } categoryId)
        {
            others = others.Where(c => c.Id != CategoryId.From(categoryId));
        }

        return await others.Select(c => c.Name).ToListAsync(cancellationToken);
    }
}
