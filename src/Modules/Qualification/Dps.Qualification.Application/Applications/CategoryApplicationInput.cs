using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Applications;
using FluentValidation;

namespace Dps.Qualification.Application.Applications;

/// <summary>What a supplier writes for one category: answers with evidence, prices per core-cost line, discounts.</summary>
public sealed record CategoryApplicationInput(
    Guid CategoryId,
    IReadOnlyList<CriterionAnswer> Answers,
    IReadOnlyList<CoreCost> CoreCosts,
    Discounts? Discounts)
{
    public CategoryApplication ToCategoryApplication() => new(CategoryId, Answers, CoreCosts, Discounts ?? Domain.Applications.Discounts.None);
}

internal static class CategoryApplicationRules
{
    private const int MaxCodeLength = 20;
    private const int MaxResponseLength = 20_000;
    private const int MaxEvidenceReferences = 50;
    private const int MaxEvidenceReferenceLength = 500;
    private const decimal MaxDiscountPercent = 100m;

    public static void MustBeCategoryApplications<T>(this IRuleBuilder<T, IReadOnlyList<CategoryApplicationInput>> rule) =>
        rule.NotEmpty().ForEach(category => category.NotNull().ChildRules(input =>
        {
            input.RuleFor(c => c.CategoryId).NotEmpty();
            input.RuleFor(c => c.Answers).NotNull();
            input.RuleForEach(c => c.Answers).NotNull().ChildRules(answer =>
            {
                answer.RuleFor(a => a.CriterionCode).NotEmpty().MaximumLength(MaxCodeLength);
                answer.RuleFor(a => a.Response).MaximumLength(MaxResponseLength);
                answer.RuleFor(a => a.EvidenceReferences).NotNull().Must(r => r.Count <= MaxEvidenceReferences)
                    .WithMessage($"At most {MaxEvidenceReferences} evidence references per answer.");
                answer.RuleForEach(a => a.EvidenceReferences).NotEmpty().MaximumLength(MaxEvidenceReferenceLength);
            });
            input.RuleFor(c => c.CoreCosts).NotNull();
            input.RuleForEach(c => c.CoreCosts).NotNull().ChildRules(cost =>
            {
                cost.RuleFor(c => c.LineCode).NotEmpty().MaximumLength(MaxCodeLength);
                cost.RuleFor(c => c.Amount).NotNull().MustBeNonNegativeMoney();
            });
            input.RuleFor(c => c.Discounts!.CohortPercent).InclusiveBetween(0m, MaxDiscountPercent).When(c => c.Discounts is not null);
            input.RuleFor(c => c.Discounts!.SiblingPercent).InclusiveBetween(0m, MaxDiscountPercent).When(c => c.Discounts is not null);
        }));
}
