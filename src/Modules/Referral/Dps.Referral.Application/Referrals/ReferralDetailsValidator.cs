using Dps.Referral.Application.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Application.Referrals;

/// <summary>The shape of a referral, and the weights within the scheme's limits, each broken limit named by its field.</summary>
internal sealed class ReferralDetailsValidator : AbstractValidator<ReferralDetails>
{
    private const string PostcodePattern = "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$";
    private const int MaxTerms = 100;

    internal ReferralDetailsValidator(IOptions<ReferralOptions> options)
    {
        var rules = options.Value;
        RuleFor(d => d.CategoryId).NotEmpty();
        RuleFor(d => d.ServiceUserReference).ServiceUserReference();
        RuleFor(d => d.RequiredNeeds).NotNull().Must(n => n.Count <= MaxTerms).WithMessage($"At most {MaxTerms} required needs.")
            .Must(n => Unique(n.Select(x => x?.Code))).WithMessage("Each need is required once.");
        RuleForEach(d => d.RequiredNeeds).NotNull().ChildRules(need =>
        {
            need.RuleFor(n => n.Code).NotEmpty().MaximumLength(40);
            need.RuleFor(n => n.Priority).IsInEnum();
            need.RuleFor(n => n.Mark).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1000);
        });
        RuleFor(d => d.DesiredFeatures).Must(f => f!.Count <= MaxTerms).WithMessage($"At most {MaxTerms} desired features.")
            .Must(f => Unique(f!.Select(x => x?.Code))).WithMessage("Each feature is desired once.")
            .When(d => d.DesiredFeatures is not null);
        RuleForEach(d => d.DesiredFeatures).NotNull().ChildRules(feature =>
        {
            feature.RuleFor(f => f.Code).NotEmpty().MaximumLength(40);
            feature.RuleFor(f => f.Mark).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1000);
        });
        RuleFor(d => d.DesiredOutcomes).NotEmpty().MaximumLength(4000);
        RuleFor(d => d.Home).NotNull().ChildRules(home =>
        {
            home.RuleFor(h => h.Postcode).NotEmpty().Matches(PostcodePattern).WithMessage("A UK postcode, e.g. ME14 1XX.");
            home.RuleFor(h => h.Latitude).InclusiveBetween(-90, 90);
            home.RuleFor(h => h.Longitude).InclusiveBetween(-180, 180);
        });
        RuleFor(d => d.GeographicLimitMiles).GreaterThan(0).LessThanOrEqualTo(rules.MaxGeographicLimitMiles);
        RuleFor(d => d.StartDate).NotEmpty();
        RuleFor(d => d.TermWeeks).InclusiveBetween(1, 520);
        RuleFor(d => d.PriceBasis).IsInEnum();
        RuleFor(d => d.GroupSize).InclusiveBetween(1, 20);
        RuleFor(d => d.Places).InclusiveBetween(1, 500);
        RuleFor(d => d.ResponseDeadline).NotEmpty();
        RuleFor(d => d.Weights!).SetValidator(new WeightsValidator(rules.Weights))
            .Must(w => Sum(w) == 100).WithMessage(d => $"The weights add up to {Sum(d.Weights!)}%, not 100%.")
            .When(d => d.Weights is not null);
    }

    private static decimal Sum(EvaluationWeights w) => w.Price + w.Needs + w.Features + w.Location + w.CoreCompetency + w.Outcomes;

    private static bool Unique(IEnumerable<string?> codes)
    {
        var list = codes.Where(c => c is not null).Select(c => c!.ToLowerInvariant()).ToList();
        return list.Distinct().Count() == list.Count;
    }
}

/// <summary>Quality/price within the limits (default 30–70% price), core competency and location capped, all summing to 100.</summary>
internal sealed class WeightsValidator : AbstractValidator<EvaluationWeights>
{
    internal WeightsValidator(ReferralOptions.WeightLimits limits)
    {
        RuleFor(w => w.Price).InclusiveBetween(limits.MinPrice, limits.MaxPrice)
            .WithMessage($"The price weight must be {limits.MinPrice}–{limits.MaxPrice}% (quality {100 - limits.MaxPrice}–{100 - limits.MinPrice}%).");
        RuleFor(w => w.Needs).InclusiveBetween(0, 100);
        RuleFor(w => w.Features).InclusiveBetween(0, 100);
        RuleFor(w => w.Location).InclusiveBetween(0, limits.MaxLocation)
            .WithMessage($"The location weight must be 0–{limits.MaxLocation}%.");
        RuleFor(w => w.CoreCompetency).InclusiveBetween(0, limits.MaxCoreCompetency)
            .WithMessage($"The core competency weight must be 0–{limits.MaxCoreCompetency}%.");
        RuleFor(w => w.Outcomes).InclusiveBetween(0, 100);
    }
}
