using Dps.BuildingBlocks.Application.Messaging;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Categories;

public sealed record UpdateCategory(Guid DpsId, Guid CategoryId, string Name, string? Description, uint? ExpectedVersion)
    : ICommand<CategoryResponse>;

internal sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategory>
{
    public UpdateCategoryValidator()
    {
        RuleFor(c => c.Name).MustBeCategoryName();
        RuleFor(c => c.Description).MustBeCategoryDescription();
    }
}

internal sealed class UpdateCategoryHandler(IQualificationDb db) : IRequestHandler<UpdateCategory, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(UpdateCategory command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.GetAsync(command.DpsId, command.CategoryId, cancellationToken);
        db.ExpectVersion(category, command.ExpectedVersion);
        var otherNames = await db.Categories.NamesLikeAsync(command.DpsId, command.Name, except: command.CategoryId, cancellationToken);
        category.Rename(command.Name, command.Description, otherNames);
        await db.SaveChangesAsync(cancellationToken);
        return CategoryResponse.From(category);
    }
}
