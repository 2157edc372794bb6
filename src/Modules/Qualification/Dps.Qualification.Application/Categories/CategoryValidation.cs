using FluentValidation;

namespace Dps.Qualification.Application.Categories;

internal static class CategoryValidation
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public static void MustBeCategoryName<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(MaxNameLength);

    public static void MustBeCategoryDescription<T>(this IRuleBuilder<T, string?> rule) => rule.MaximumLength(MaxDescriptionLength);
}
