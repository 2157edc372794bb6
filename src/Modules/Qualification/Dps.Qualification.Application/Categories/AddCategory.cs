using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Application.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Categories;

public sealed record AddCategory(Guid DpsId, string Name, string? Description) : ICommand<CategoryResponse>;

internal sealed class AddCategoryValidator : AbstractValidator<AddCategory>
{
    public AddCategoryValidator()
    {
        RuleFor(c => c.Name).MustBeCategoryName();
        RuleFor(c => c.Description).MustBeCategoryDescription();
    }
}

internal sealed class AddCategoryHandler(IQualificationDb db, SchemeClock clock, IOptions<QualificationScheme> scheme) : IRequestHandler<AddCategory, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(AddCategory command, CancellationToken cancellationToken)
    {
        var dps = await db.PurchasingSystems.GetAsync(command.DpsId, cancellationToken);
        var existingNames = await db.Categories.NamesLikeAsync(command.DpsId, command.Name, except: null, cancellationToken);
        var category = dps.AddCategory(
            command.Name, command.Description, existingNames, scheme.Value.DefaultCoreCostLines, clock.Today);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return CategoryResponse.From(category);
    }
}
