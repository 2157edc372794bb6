using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories.Criteria;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Categories.Criteria;

/// <summary>Replaces a category's criteria as a whole (the category's ETag guards against overwriting a colleague's edit).</summary>
public sealed record SetCategoryCriteria(
    Guid DpsId,
    Guid CategoryId,
    IReadOnlyList<PassFailCriterion> PassFailCriteria,
    IReadOnlyList<MethodStatement> MethodStatements,
    IReadOnlyList<InsuranceRequirement> InsuranceRequirements,
    IReadOnlyList<CoreCostLine> CoreCostLines,
    Money? AffordabilityCap,
    uint? ExpectedVersion) : ICommand<CriteriaResponse>;

internal sealed class SetCategoryCriteriaValidator : AbstractValidator<SetCategoryCriteria>
{
    private const int MaxCodeLength = 20;
    private const int MaxTitleLength = 300;
    private const int MaxGuidanceLength = 4000;

    public SetCategoryCriteriaValidator()
    {
        RuleFor(c => c.PassFailCriteria).NotNull();
        RuleForEach(c => c.PassFailCriteria).NotNull().ChildRules(criterion =>
        {
            criterion.RuleFor(p => p.Code).NotEmpty().MaximumLength(MaxCodeLength);
            criterion.RuleFor(p => p.Title).NotEmpty().MaximumLength(MaxTitleLength);
            criterion.RuleFor(p => p.Guidance).MaximumLength(MaxGuidanceLength);
        });
        RuleFor(c => c.MethodStatements).NotNull();
        RuleForEach(c => c.MethodStatements).NotNull().ChildRules(statement =>
        {
            statement.RuleFor(m => m.Code).NotEmpty().MaximumLength(MaxCodeLength);
            statement.RuleFor(m => m.Title).NotEmpty().MaximumLength(MaxTitleLength);
            statement.RuleFor(m => m.Weight).InclusiveBetween(1, 100);
        });
        RuleFor(c => c.InsuranceRequirements).NotNull();
        RuleForEach(c => c.InsuranceRequirements).NotNull().ChildRules(insurance =>
        {
            insurance.RuleFor(i => i.Kind).NotEmpty().MaximumLength(MaxTitleLength);
            insurance.RuleFor(i => i.MinimumCover).NotNull().MustBeNonNegativeMoney();
        });
        RuleFor(c => c.CoreCostLines).NotNull();
        RuleForEach(c => c.CoreCostLines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.Code).NotEmpty().MaximumLength(MaxCodeLength);
            line.RuleFor(l => l.Name).NotEmpty().MaximumLength(MaxTitleLength);
        });
        RuleFor(c => c.AffordabilityCap).MustBeNonNegativeMoney().When(c => c.AffordabilityCap is not null);
    }
}

internal sealed class SetCategoryCriteriaHandler(IQualificationDb db, IOptions<QualificationScheme> scheme)
    : IRequestHandler<SetCategoryCriteria, CriteriaResponse>
{
    public async Task<CriteriaResponse> Handle(SetCategoryCriteria command, CancellationToken cancellationToken)
    {
        var category = await db.Categories.GetAsync(command.DpsId, command.CategoryId, cancellationToken);
        db.ExpectVersion(category, command.ExpectedVersion);
        category.SetCriteria(
            new CategoryCriteria(
                command.PassFailCriteria,
                command.MethodStatements,
                command.InsuranceRequirements,
                command.CoreCostLines,
                command.AffordabilityCap),
            scheme.Value.Currency);
        await db.SaveChangesAsync(cancellationToken);
        return CriteriaResponse.From(category);
    }
}
