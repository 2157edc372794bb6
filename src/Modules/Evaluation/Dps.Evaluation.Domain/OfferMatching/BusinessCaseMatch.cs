using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.Competitions.Rules;
using Dps.Evaluation.Domain.OfferMatching.Rules;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.OfferMatching;

/// <summary>
/// A DWP business case matched against the category's offers: the offers are scored with the business case's weights
/// by the same scorer as bids, then the best offer at or above the minimum standard is invited; a decline, or no answer
/// in time, invites the next; an acceptance is the award.
/// </summary>
public sealed class BusinessCaseMatch : AggregateRoot
{
    private BusinessCaseMatch()
    {
    }

    /// <summary>The business case's (referral's) id.</summary>
    public BusinessCaseMatchId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid AuthorityId { get; private set; }

    public BusinessCaseTerms Terms { get; private set; } = null!;

    public BusinessCaseMatchStatus Status { get; private set; }

    public IReadOnlyList<OfferInvitation> Invitations { get; private set; } = [];

    /// <summary>When the pending invitation must be answered by; null when none is pending (the sweep looks for it).</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    public CompetitionAward? Award { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static BusinessCaseMatch Open(Guid referralId, Guid dpsId, Guid categoryId, Guid authorityId, BusinessCaseTerms terms) => new()
    {
        Id = BusinessCaseMatchId.From(referralId),
        DpsId = dpsId,
        CategoryId = categoryId,
        AuthorityId = authorityId,
        Terms = terms,
        Status = BusinessCaseMatchStatus.Ranking,
        UpdatedAt = terms.SubmittedAt,
    };

    public OfferInvitation? Pending => Invitations.LastOrDefault(i => i.Outcome == OfferInvitationOutcome.Pending);

    /// <summary>The offers scored as bids are: the business case's client groups are its required needs, of one mark each.</summary>
    public CompetitionScores Score(IEnumerable<MatchedOffer> offers, ScoringRules rules) =>
        CompetitionScorer.Score(
            new CompetitionInputs(
                Terms.Weights,
                [.. Terms.ClientGroups.Select(g => new RequiredNeed(g, MustHave: false, Mark: 1m))],
                [],
                [.. offers.Select(o => o.ScoringInputs())]),
            rules);

    /// <summary>One of its offers changed (a fit score): the matching's version moves with it, so If-Match sees the change.</summary>
    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void CheckRanking() => CheckRule(new BusinessCaseMatchMustBeRankingRule(Status));

    /// <summary>Invites the best ranked offer at or above the minimum standard; with none, there is no suitable offer.</summary>
    public void InviteBest(CompetitionScores scores, IReadOnlyDictionary<Guid, Guid> supplierOfOffer, decimal minimumStandard, DateTimeOffset now, DateTimeOffset respondBy)
    {
        CheckRanking();
        CheckRule(new RankingMustBeCompleteRule(scores));
        InviteNext(scores, supplierOfOffer, minimumStandard, now, respondBy);
    }

    public void Decline(Guid offerId, Guid supplierId, string reason, CompetitionScores scores, IReadOnlyDictionary<Guid, Guid> supplierOfOffer, decimal minimumStandard, DateTimeOffset now, DateTimeOffset respondBy)
    {
        var pending = OpenInvitationOf(offerId, supplierId, now);
        Close(pending, OfferInvitationOutcome.Declined, now, reason);
        InviteNext(scores, supplierOfOffer, minimumStandard, now, respondBy);
    }

    /// <summary>The pending invitation was not answered in time: the next offer is invited. False when nothing had lapsed.</summary>
    public bool LapseIfDue(CompetitionScores scores, IReadOnlyDictionary<Guid, Guid> supplierOfOffer, decimal minimumStandard, DateTimeOffset now, DateTimeOffset respondBy)
    {
        if (Status != BusinessCaseMatchStatus.Inviting || Pending is not { } pending || now < pending.RespondBy)
        {
            return false;
        }

        Close(pending, OfferInvitationOutcome.Lapsed, now, "Not answered in time.");
        InviteNext(scores, supplierOfOffer, minimumStandard, now, respondBy);
        return true;
    }

    public CompetitionAward Accept(Guid offerId, Guid supplierId, string acceptedBy, DateTimeOffset now)
    {
        var pending = OpenInvitationOf(offerId, supplierId, now);
        Close(pending, OfferInvitationOutcome.Accepted, now, reason: null);
        UpdatedAt = now;
        Award = new CompetitionAward(Guid.CreateVersion7(), offerId, ByParentChoice: false, acceptedBy, now, Incentive: null);
        Status = BusinessCaseMatchStatus.Awarded;
        return Award;
    }

    public void Cancel(DateTimeOffset cancelledAt)
    {
        if (Status is BusinessCaseMatchStatus.Awarded or BusinessCaseMatchStatus.Cancelled)
        {
            return;
        }

        Status = BusinessCaseMatchStatus.Cancelled;
        CancelledAt = cancelledAt;
        UpdatedAt = cancelledAt;
        RespondBy = null;
    }

    private OfferInvitation OpenInvitationOf(Guid offerId, Guid supplierId, DateTimeOffset now)
    {
        var pending = Pending;
        CheckRule(new OfferInvitationMustBeOpenRule(pending, offerId, supplierId, Status, now));
        return pending!;
    }

    private void Close(OfferInvitation pending, OfferInvitationOutcome outcome, DateTimeOffset now, string? reason)
    {
        Invitations = [.. Invitations.Select(i => i == pending ? i with { Outcome = outcome, RespondedAt = now, Reason = reason } : i)];
        RespondBy = null;
    }

    private void InviteNext(CompetitionScores scores, IReadOnlyDictionary<Guid, Guid> supplierOfOffer, decimal minimumStandard, DateTimeOffset now, DateTimeOffset respondBy)
    {
        UpdatedAt = now;
        var invited = Invitations.Select(i => i.OfferId).ToHashSet();
        var next = scores.Bids.FirstOrDefault(o => o.Rank is not null && o.Total >= minimumStandard && !invited.Contains(o.BidId));
        if (next is null)
        {
            Status = BusinessCaseMatchStatus.NoSuitableOffer;
            return;
        }

        Invitations = [.. Invitations, new OfferInvitation(next.BidId, supplierOfOffer[next.BidId], now, respondBy, OfferInvitationOutcome.Pending, null, null)];
        RespondBy = respondBy;
        Status = BusinessCaseMatchStatus.Inviting;
    }
}
