using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.FundingModels.Rules;

namespace Dps.Catalogue.Domain.FundingModels;

/// <summary>
/// How a DPS pays for provision in one category or routeway: the share of the price paid at start, at completion and
/// on a job outcome, and what a job outcome is.
/// </summary>
public sealed class FundingModel : AggregateRoot
{
    private FundingModel()
    {
    }

    public FundingModelId Id { get; private set; }

    public Guid DpsId { get; private set; }

    /// <summary>The category it applies to; null when it applies to a routeway.</summary>
    public Guid? CategoryId { get; private set; }

    /// <summary>The routeway it applies to (e.g. R2); null when it applies to a category.</summary>
    public string? Routeway { get; private set; }

    public FundingShares Shares { get; private set; } = null!;

    public JobOutcomeDefinition JobOutcome { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Defines the funding model of a category or of a routeway (exactly one of them).</summary>
    public static FundingModel Define(
        Guid dpsId,
        Guid? categoryId,
        string? routeway,
        FundingShares shares,
        JobOutcomeDefinition jobOutcome,
        bool alreadyDefined,
        DateTimeOffset now)
    {
        if ((categoryId is null) == string.IsNullOrWhiteSpace(routeway))
        {
            throw new ArgumentException("A funding model applies to either a category or a routeway.", nameof(categoryId));
        }

        var model = new FundingModel
        {
            Id = FundingModelId.New(),
            DpsId = dpsId,
            CategoryId = categoryId,
            Routeway = NormaliseRouteway(routeway),
            CreatedAt = now,
        };
        CheckRule(new OneFundingModelPerCategoryOrRoutewayRule(model.CategoryId, model.Routeway, alreadyDefined));
        model.Change(shares, jobOutcome, now);
        return model;
    }

    /// <summary>"r2 " and "R2" name the same routeway.</summary>
    public static string? NormaliseRouteway(string? routeway) =>
        string.IsNullOrWhiteSpace(routeway) ? null : routeway.Trim().ToUpperInvariant();

    public void Change(FundingShares shares, JobOutcomeDefinition jobOutcome, DateTimeOffset now)
    {
        CheckRule(new FundingSharesMustSumTo100Rule(shares));
        CheckRule(new TrackingWindowMustCoverWeeksInWorkRule(jobOutcome));
        Shares = shares;
        JobOutcome = jobOutcome;
        UpdatedAt = now;
    }
}
