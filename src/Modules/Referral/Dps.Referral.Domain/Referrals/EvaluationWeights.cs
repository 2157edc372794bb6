namespace Dps.Referral.Domain.Referrals;

/// <summary>
/// The percentages Evaluation scores bids with. Price is one side of the quality/price split; the other criteria make up
/// quality. Limits are checked where the buyer sends them (see the referral's validator).
/// </summary>
public sealed record EvaluationWeights(decimal Price, decimal Needs, decimal Features, decimal Location, decimal CoreCompetency, decimal Outcomes)
{
    public static EvaluationWeights Default { get; } = new(Price: 50, Needs: 20, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 10);

    public decimal Quality => Needs + Features + Location + CoreCompetency + Outcomes;

    public decimal Total => Price + Quality;
}
