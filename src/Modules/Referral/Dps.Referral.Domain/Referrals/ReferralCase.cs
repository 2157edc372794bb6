using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.Referrals.Rules;

namespace Dps.Referral.Domain.Referrals;

/// <summary>
/// A buyer's request to buy one service in one category: a referral (published for bids) or a business case (handed to
/// offer matching). Its invitations are rows of their own (<see cref="Invitations.Invitation"/>); the referral counts them.
/// </summary>
public sealed class ReferralCase : AggregateRoot
{
    private ReferralCase()
    {
    }

    public ReferralId Id { get; private set; }

    public ReferralKind Kind { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid AuthorityId { get; private set; }

    public ReferralTerms Terms { get; private set; } = null!;

    public ReferralStatus Status { get; private set; }

    /// <summary>The terms' response deadline, in a column of its own so that referrals due to close are found by a query.</summary>
    public DateTimeOffset ResponseDeadline { get; private set; }

    /// <summary>How many times invitations went out: 1 at publication, one more for each widening.</summary>
    public int Round { get; private set; }

    public int InvitedCount { get; private set; }

    /// <summary>Fewer members were eligible than the DPS's minimum when the referral was published or last widened.</summary>
    public bool TooFewEligible { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ReferralCase Raise(
        ReferralKind kind, Guid dpsId, Guid categoryId, Guid authorityId, ReferralTerms terms, CategoryTerms category, DateTimeOffset now)
    {
        CheckTerms(terms, category);
        return new ReferralCase
        {
            Id = ReferralId.New(),
            Kind = kind,
            DpsId = dpsId,
            CategoryId = categoryId,
            AuthorityId = authorityId,
            Terms = terms,
            ResponseDeadline = terms.ResponseDeadline,
            Status = ReferralStatus.Draft,
            RaisedAt = now,
            UpdatedAt = now,
        };
    }

    public void Revise(ReferralTerms terms, CategoryTerms category, DateTimeOffset now)
    {
        CheckRule(new ReferralMustBeADraftRule(Status, "changed"));
        CheckTerms(terms, category);
        Terms = terms;
        ResponseDeadline = terms.ResponseDeadline;
        UpdatedAt = now;
    }

    /// <summary>Opens the referral for responses; its first round of invitations follows (<see cref="RecordInvitations"/>).</summary>
    public void Publish(ResponsePeriod period, DateTimeOffset now)
    {
        CheckRule(new ReferralMustBeADraftRule(Status, "published"));
        CheckRule(new BusinessCasesAreMatchedNotPublishedRule(Kind));
        CheckRule(new ResponseDeadlineMustLeaveTheMinimumPeriodRule(Terms.ResponseDeadline, now, period));
        Status = ReferralStatus.Published;
        PublishedAt = now;
        Round = 1;
        UpdatedAt = now;
    }

    /// <summary>A draft business case goes to offer matching (DWP), for the client groups named: it is matched, never published.</summary>
    public void SubmitForMatching(IReadOnlyList<string> clientGroups, DateTimeOffset now)
    {
        CheckRule(new ReferralMustBeADraftRule(Status, "handed to offer matching"));
        CheckRule(new OnlyBusinessCasesAreMatchedRule(Kind));
        Terms = Terms with { ClientGroups = clientGroups };
        Status = ReferralStatus.Matching;
        UpdatedAt = now;
    }

    /// <summary>A wider limit opens another round of invitations, for the newly eligible; earlier invitations stand.</summary>
    public void Widen(decimal limitMiles, DateTimeOffset now)
    {
        CheckRule(new ReferralMustBeOpenForResponsesRule(Status, Terms.ResponseDeadline, now));
        CheckRule(new GeographicLimitMayOnlyWidenRule(Terms.GeographicLimitMiles, limitMiles));
        Terms = Terms with { GeographicLimitMiles = limitMiles };
        Round++;
        UpdatedAt = now;
    }

    /// <summary>The current round invited <paramref name="invited"/> more members; too few in all and the referral is flagged.</summary>
    public void RecordInvitations(int invited, int minimumEligible)
    {
        InvitedCount += invited;
        TooFewEligible = InvitedCount < minimumEligible;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        CheckRule(new ReferralMustNotBeFinishedRule(Status));
        Status = ReferralStatus.Cancelled;
        CancelledAt = now;
        CancellationReason = reason;
        UpdatedAt = now;
    }

    /// <summary>
    /// The deadline has passed: the referral closes and its bids freeze. False, changing nothing, when it is not a
    /// published referral whose deadline has passed (already closed, cancelled, or not yet due).
    /// </summary>
    public bool CloseIfDue(DateTimeOffset now)
    {
        if (Status != ReferralStatus.Published || now < ResponseDeadline)
        {
            return false;
        }

        Status = ReferralStatus.Closed;
        ClosedAt = now;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Evaluation awarded the referral's competition (or offer match): it is placed. A cancelled referral stays cancelled.</summary>
    public void Place(DateTimeOffset awardedAt)
    {
        if (Status is ReferralStatus.Closed or ReferralStatus.Matching)
        {
            Status = ReferralStatus.Placed;
            UpdatedAt = awardedAt;
        }
    }

    public void CheckNotFinished() => CheckRule(new ReferralMustNotBeFinishedRule(Status));

    /// <summary>Refuses, naming the rule, unless suppliers may still respond.</summary>
    public void CheckOpenForResponses(DateTimeOffset now) => CheckRule(new ReferralMustBeOpenForResponsesRule(Status, Terms.ResponseDeadline, now));

    private static void CheckTerms(ReferralTerms terms, CategoryTerms category)
    {
        CheckRule(new ReferralCodesMustBeInTheTaxonomyRule("need", terms.RequiredNeeds.Select(n => n.Code), category.NeedCodes));
        CheckRule(new ReferralCodesMustBeInTheTaxonomyRule("feature", terms.DesiredFeatures.Select(f => f.Code), category.FeatureCodes));
    }
}
