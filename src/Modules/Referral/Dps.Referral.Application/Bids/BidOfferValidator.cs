using Dps.Referral.Application.Contracts;
using FluentValidation;

namespace Dps.Referral.Application.Bids;

/// <summary>The shape of an offer; what it is checked against (qualified lines, the referral's codes) are the bid's rules.</summary>
internal sealed class BidOfferValidator : AbstractValidator<BidOffer>
{
    public const decimal MaxAmount = 10_000_000m;

    public BidOfferValidator()
    {
        RuleFor(o => o.CoreCosts).NotNull().Must(l => l.Count <= 100).WithMessage("At most 100 core cost lines.");
        RuleForEach(o => o.CoreCosts).ChildRules(line =>
        {
            line.RuleFor(l => l.LineCode).NotEmpty().MaximumLength(50);
            line.RuleFor(l => l.Amount).InclusiveBetween(0, MaxAmount).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        });
        RuleFor(o => o.VariableCosts).Must(l => l is null || l.Count <= 100).WithMessage("At most 100 variable cost lines.");
        RuleForEach(o => o.VariableCosts).ChildRules(line =>
        {
            line.RuleFor(l => l.Description).NotEmpty().MaximumLength(500);
            line.RuleFor(l => l.Amount).InclusiveBetween(0, MaxAmount).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        });
        RuleFor(o => o.NeedsMet).Must(l => l is null || l.Count <= 200).WithMessage("At most 200 needs.");
        RuleForEach(o => o.NeedsMet).NotEmpty().MaximumLength(50);
        RuleFor(o => o.FeaturesMet).Must(l => l is null || l.Count <= 200).WithMessage("At most 200 features.");
        RuleForEach(o => o.FeaturesMet).NotEmpty().MaximumLength(50);
        RuleFor(o => o.MethodStatement).NotEmpty().MaximumLength(20_000);
        RuleFor(o => o.ProposedStartDate).NotEmpty();
    }
}
