using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.OfferMatching;
using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Competitions.Evaluating;

namespace Dps.UnitTests.Evaluation.OfferMatching;

/// <summary>
/// Offer matching's rules: offers ranked by the bid scorer, the best at or above the minimum standard invited, a
/// decline or a lapse inviting the next, an acceptance the award. Weights 50/50 (price 50, needs 10, features 5,
/// location 5, core competency 10, outcomes 20); the business case asks for two client groups.
/// </summary>
public sealed class BusinessCaseMatchTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RespondBy = Submitted.AddDays(2);
    private static readonly CriterionWeights Weights = new(50, 10, 5, 5, 10, 20);
    private static readonly string[] Groups = ["Long-term unemployed", "Care leavers"];

    [Test]
    public void Offers_are_scored_as_bids_with_the_client_groups_as_needs_of_one_mark_each()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m), ("B", 300m, ["Lone parents"], 0m, 90m), ("C", 500m, ["care LEAVERS"], 60m, 70m));

        var scores = match.Score(offers.Values, ScoringRules.Default);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Bids.Select(b => Name(offers, b.BidId)), Is.EqualTo(new[] { "B", "A", "C" }));
            var a = scores.Bids.Single(b => b.BidId == offers["A"].OfferId);
            Assert.That(a.Needs.MarksMet, Is.EqualTo(2m));
            Assert.That(a.Total, Is.EqualTo((50m * 300m / 450m) + 10m + 5m + 5m + 6.8m + 16m));
            var c = scores.Bids.Single(b => b.BidId == offers["C"].OfferId);
            Assert.That(c.Needs.Met, Is.EqualTo(new[] { "Care leavers" }));
            Assert.That(c.Location.Mark, Is.EqualTo(0));
        });
    }

    [Test]
    public void The_best_offer_at_or_above_the_minimum_is_invited_and_a_decline_invites_the_next()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m), ("B", 300m, ["Lone parents"], 0m, 90m), ("C", 500m, Groups, 60m, 70m));
        var scores = match.Score(offers.Values, ScoringRules.Default);

        match.InviteBest(scores, Suppliers(offers), 70m, Submitted, RespondBy);
        var first = match.Pending!;
        match.Decline(offers["B"].OfferId, offers["B"].SupplierId, "No capacity.", scores, Suppliers(offers), 70m, Submitted.AddHours(1), RespondBy.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(first.OfferId, Is.EqualTo(offers["B"].OfferId));
            Assert.That(match.Pending!.OfferId, Is.EqualTo(offers["A"].OfferId));
            Assert.That(match.RespondBy, Is.EqualTo(RespondBy.AddHours(1)));
            Assert.That(match.Invitations.Select(i => i.Outcome), Is.EqualTo(new[] { OfferInvitationOutcome.Declined, OfferInvitationOutcome.Pending }));
            Assert.That(match.Status, Is.EqualTo(BusinessCaseMatchStatus.Inviting));
        });
    }

    [Test]
    public void Offers_below_the_minimum_standard_are_never_invited()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m), ("C", 500m, Groups, 60m, 10m));
        var scores = match.Score(offers.Values, ScoringRules.Default);
        match.InviteBest(scores, Suppliers(offers), 70m, Submitted, RespondBy);

        match.Decline(offers["A"].OfferId, offers["A"].SupplierId, "No capacity.", scores, Suppliers(offers), 70m, Submitted.AddHours(1), RespondBy);

        Assert.That(scores.Bids.Single(b => b.BidId == offers["C"].OfferId).Total, Is.LessThan(70m));
        Assert.That(match.Status, Is.EqualTo(BusinessCaseMatchStatus.NoSuitableOffer));
        Assert.That(match.Pending, Is.Null);
    }

    [Test]
    public void An_invitation_not_answered_in_time_lapses_and_the_next_is_invited_and_the_late_answer_is_refused()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m), ("B", 300m, ["Lone parents"], 0m, 90m));
        var scores = match.Score(offers.Values, ScoringRules.Default);
        match.InviteBest(scores, Suppliers(offers), 60m, Submitted, RespondBy);

        var early = match.LapseIfDue(scores, Suppliers(offers), 60m, RespondBy.AddTicks(-1), RespondBy.AddDays(2));
        var lapsed = match.LapseIfDue(scores, Suppliers(offers), 60m, RespondBy, RespondBy.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.False);
            Assert.That(lapsed, Is.True);
            Assert.That(match.Invitations[0].Outcome, Is.EqualTo(OfferInvitationOutcome.Lapsed));
            Assert.That(match.Pending!.OfferId, Is.EqualTo(offers["A"].OfferId));
        });
        Refused("OfferInvitationMustBeOpen", () => match.Accept(offers["B"].OfferId, offers["B"].SupplierId, "supplier-b", RespondBy.AddMinutes(1)));
    }

    [Test]
    public void The_invited_supplier_s_acceptance_is_the_award_and_nobody_else_may_accept()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m), ("B", 300m, ["Lone parents"], 0m, 90m));
        var scores = match.Score(offers.Values, ScoringRules.Default);
        match.InviteBest(scores, Suppliers(offers), 60m, Submitted, RespondBy);

        Refused("OfferInvitationMustBeOpen", () => match.Accept(offers["A"].OfferId, offers["A"].SupplierId, "supplier-a", Submitted.AddHours(1)));
        Refused("OfferInvitationMustBeOpen", () => match.Accept(offers["B"].OfferId, offers["A"].SupplierId, "supplier-a", Submitted.AddHours(1)));
        var award = match.Accept(offers["B"].OfferId, offers["B"].SupplierId, "supplier-b", Submitted.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(award.BidId, Is.EqualTo(offers["B"].OfferId));
            Assert.That(match.Status, Is.EqualTo(BusinessCaseMatchStatus.Awarded));
            Assert.That(match.RespondBy, Is.Null);
        });
        Refused("BusinessCaseMatchMustBeRanking", () => match.InviteBest(scores, Suppliers(offers), 60m, Submitted, RespondBy));
    }

    [Test]
    public void Nobody_is_invited_until_every_offer_has_its_fit_score_and_fit_scores_stop_once_invitations_are_out()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m), ("B", 300m, ["Lone parents"], 0m, null));

        Refused("RankingMustBeComplete", () => match.InviteBest(match.Score(offers.Values, ScoringRules.Default), Suppliers(offers), 60m, Submitted, RespondBy));
        offers["B"].RecordFitScore(match, Fit(90m));
        match.InviteBest(match.Score(offers.Values, ScoringRules.Default), Suppliers(offers), 60m, Submitted, RespondBy);

        Refused("BusinessCaseMatchMustBeRanking", () => offers["A"].RecordFitScore(match, Fit(10m)));
    }

    [Test]
    public void A_cancelled_matching_invites_no_one_and_an_awarded_one_stays_awarded()
    {
        var (match, offers) = Matched(("A", 450m, Groups, 0m, 80m));
        match.Cancel(Submitted.AddHours(1));

        Refused("BusinessCaseMatchMustBeRanking", () => match.InviteBest(match.Score(offers.Values, ScoringRules.Default), Suppliers(offers), 60m, Submitted, RespondBy));
        Assert.That(match.Status, Is.EqualTo(BusinessCaseMatchStatus.Cancelled));
    }

    private static FitScore Fit(decimal each) => new(each, each, each, each, "buyer-1", Submitted);

    private static (BusinessCaseMatch Match, Dictionary<string, MatchedOffer> Offers) Matched(
        params (string Name, decimal Price, string[] Groups, decimal Miles, decimal? Fit)[] offers)
    {
        var match = BusinessCaseMatch.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new BusinessCaseTerms(
            "DWP-20260042", Groups, "M1 1AE", 53.48, -2.25, new DateOnly(2027, 1, 4), 26, 40, Weights, Submitted));
        var matched = new Dictionary<string, MatchedOffer>();
        var minute = 0;
        foreach (var (name, price, groups, miles, fit) in offers)
        {
            var offer = MatchedOffer.Take(
                match.Id, Guid.CreateVersion7(), 1, Guid.NewGuid(), Guid.NewGuid(), name, groups, new Money(price, "GBP"), "Site (M1 1AE)", miles, 68m, Submitted.AddMinutes(-(++minute)));
            if (fit is { } each)
            {
                offer.RecordFitScore(match, Fit(each));
            }

            matched[name] = offer;
        }

        return (match, matched);
    }

    private static Dictionary<Guid, Guid> Suppliers(Dictionary<string, MatchedOffer> offers) => offers.Values.ToDictionary(o => o.OfferId, o => o.SupplierId);

    private static string Name(Dictionary<string, MatchedOffer> offers, Guid offerId) => offers.Single(o => o.Value.OfferId == offerId).Key;
}
