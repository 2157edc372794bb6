using System.ComponentModel;
using Dps.Catalogue.Domain.FundingModels;
using FluentValidation;

namespace Dps.Catalogue.Application.FundingModels;

/// <summary>What counts as a job outcome; an omitted member takes DWP's default (4 weeks in work within 13).</summary>
public sealed record JobOutcomeTerms(
    [property: Description("The weeks in work a participant must complete for a job outcome, 1–104; null for DWP's 4.")] int? WeeksInWork,
    [property: Description("The tracking window, in weeks from the contract's completion, within which those weeks in work must be completed, 1–104; null for DWP's 13.")] int? TrackingWindowWeeks)
{
    public JobOutcomeDefinition ToDefinition() => new(
        WeeksInWork ?? JobOutcomeDefinition.DefaultWeeksInWork,
        TrackingWindowWeeks ?? JobOutcomeDefinition.DefaultTrackingWindowWeeks);
}

/// <summary>What the DPS manager states about a funding model, when defining and when changing it.</summary>
public interface IFundingTerms
{
    FundingShares? Shares { get; }

    JobOutcomeTerms? JobOutcome { get; }
}

internal static class FundingTermsExtensions
{
    public static JobOutcomeDefinition JobOutcomeDefinition(this IFundingTerms terms) =>
        terms.JobOutcome?.ToDefinition() ?? Domain.FundingModels.JobOutcomeDefinition.Default;
}

/// <summary>Included by the validators of <see cref="DefineFundingModel"/> and <see cref="ChangeFundingModel"/>.</summary>
internal sealed class FundingTermsRules : AbstractValidator<IFundingTerms>
{
    public const int MaxWeeks = 104;

    public static readonly FundingTermsRules Instance = new();

    private FundingTermsRules()
    {
        RuleFor(t => t.Shares).NotNull().ChildRules(shares =>
        {
            shares.RuleFor(s => s!.AtStart).InclusiveBetween(0m, 100m);
            shares.RuleFor(s => s!.AtCompletion).InclusiveBetween(0m, 100m);
            shares.RuleFor(s => s!.OnJobOutcome).InclusiveBetween(0m, 100m);
        });
        RuleFor(t => t.JobOutcome!.WeeksInWork).InclusiveBetween(1, MaxWeeks)
            .OverridePropertyName("JobOutcome.WeeksInWork").When(t => t.JobOutcome is not null);
        RuleFor(t => t.JobOutcome!.TrackingWindowWeeks).InclusiveBetween(1, MaxWeeks)
            .OverridePropertyName("JobOutcome.TrackingWindowWeeks").When(t => t.JobOutcome is not null);
    }
}
