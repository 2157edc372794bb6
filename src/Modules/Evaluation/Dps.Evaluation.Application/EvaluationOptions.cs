using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Application;

/// <summary>
/// Configuration section <c>Evaluation</c>: the scheme's scoring rules, with the documented defaults — location bands of
/// 10 miles from a top mark of 5, and a parent-choice group of the bids less than 5 points below the top, at most 3;
/// for offer matching, a minimum standard of 60 and 2 working days for an invited supplier to answer.
/// </summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    public decimal LocationBandMiles { get; set; } = 10m;

    public int LocationTopMark { get; set; } = 5;

    public decimal ParentChoiceMargin { get; set; } = 5m;

    public int ParentChoiceMaxBids { get; set; } = 3;

    /// <summary>The lowest total (out of 100) an offer may have and still be invited to take a business case.</summary>
    public decimal OfferMinimumStandard { get; set; } = 60m;

    /// <summary>Working days an invited supplier has to accept or decline before the next offer is invited.</summary>
    public int OfferResponseWorkingDays { get; set; } = 2;

    /// <summary>How often lapsed offer invitations are looked for.</summary>
    public TimeSpan OfferInvitationSweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    public ScoringRules Rules() => new(LocationBandMiles, LocationTopMark, ParentChoiceMargin, ParentChoiceMaxBids);
}
