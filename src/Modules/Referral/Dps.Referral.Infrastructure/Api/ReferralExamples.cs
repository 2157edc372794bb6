using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Referral.Application.Bids;
using Dps.Referral.Application.Clarifications;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.DirectPlacements;
using Dps.Referral.Application.Invitations;
using Dps.Referral.Application.Referrals;
using AnswerVisibility = Dps.Referral.Domain.Clarifications.AnswerVisibility;
using BidStatus = Dps.Referral.Domain.Bids.BidStatus;
using Eligibility = Dps.Referral.Domain.Invitations.Eligibility;
using NeedPriority = Dps.Referral.Domain.Referrals.NeedPriority;
using PriceBasis = Dps.Referral.Domain.Referrals.PriceBasis;
using ReferralKind = Dps.Referral.Domain.Referrals.ReferralKind;
using ReferralStatus = Dps.Referral.Domain.Referrals.ReferralStatus;

namespace Dps.Referral.Infrastructure.Api;

/// <summary>The OpenAPI examples of Referral's requests and responses, after Kent's demo SEN referral from Crawley.</summary>
internal sealed class ReferralExamples : ApiExamples
{
    private const string ServiceUser = "KCC-20261201";
    private const string Outcomes = "Returns to full-time education within two terms; regains confidence with peers.";
    private const string Plan = "A key worker and weekly speech and language therapy; a half-termly review of each outcome with the family.";
    private static readonly DateTimeOffset At = new(2027, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2027, 2, 22);
    private static readonly RequiredNeed Asd = new("ASD", NeedPriority.MustHave, null);
    private static readonly DesiredFeature Halal = new("HALAL", null);
    private static readonly HomeLocation Crawley = new("RH10 1AA", 51.1124, -0.1831);
    private static readonly EvaluationWeights Weights = new(50m, 20m, 5m, 5m, 10m, 10m);
    private static readonly BidOffer Offer = new([new BidCoreCost("EDUCATION", 320m)], [new BidVariableCost("Weekly speech and language therapy", 90m)], ["ASD"], ["HALAL"], Plan, Start);
    private static readonly Money Week = new(1_850m, "GBP");

    public ReferralExamples()
    {
        AddReferrals();
        AddBids();
        AddDirectPlacements();
    }

    private void AddReferrals()
    {
        Add(new ReferralDetails(
            ExampleIds.Category, ServiceUser, [Asd], [Halal], Outcomes, Crawley, 30m, Start, 39, PriceBasis.Week, null, null, At.AddDays(10), Weights));
        Add(new ReferralEndpoints.WideningRequest(40m));
        Add(new ReferralEndpoints.CancellationRequest("The child's needs are now met by a maintained school."));
        Add(new ReferralEndpoints.MatchingRequest(["Long-term unemployed"]));
        Add(new ReferralResponse(
            ExampleIds.Referral,
            ReferralKind.Referral,
            ExampleIds.Dps,
            ExampleIds.Category,
            ExampleIds.Kent,
            ServiceUser,
            [Asd],
            [new DesiredFeature("HALAL", 2m)],
            Outcomes,
            Crawley,
            30m,
            Start,
            39,
            PriceBasis.Week,
            1,
            1,
            At.AddDays(10),
            Weights,
            null,
            ReferralStatus.Published,
            1,
            3,
            0,
            false,
            At,
            At,
            null,
            null,
            null,
            2));
        Add(new InvitationEndpoints.DeclineRequest(ExampleIds.Establishment, "No place free for the start date."));
        Add(new InvitationResponse(
            ExampleIds.Invitation,
            ExampleIds.Referral,
            1,
            ExampleIds.Establishment,
            ExampleIds.Downsview,
            "Downsview School",
            Eligibility.Invited,
            17.3m,
            At,
            new InvitationFit(["ASD"], [], ["HALAL"], []),
            null,
            null,
            ReferralStatus.Published,
            null));
        Add(new ClarificationEndpoints.QuestionRequest(ExampleIds.Establishment, "Is transport to school part of the placement?"));
        Add(new ClarificationEndpoints.AnswerRequest("Yes: price home-to-school transport as a variable cost.", AnswerVisibility.Public));
        Add(new ClarificationResponse(
            ExampleIds.Question,
            ExampleIds.Referral,
            "Is transport to school part of the placement?",
            At,
            false,
            null,
            null,
            null,
            "Yes: price home-to-school transport as a variable cost.",
            AnswerVisibility.Public,
            At.AddHours(3),
            2));
    }

    private void AddBids()
    {
        Add(new BidEndpoints.BidSubmission(ExampleIds.Establishment, Offer));
        Add(Offer);
        Add(new BidEndpoints.BidWithdrawal("The place has been filled."));
        Add(new BidResponse(
            ExampleIds.Bid,
            ExampleIds.Referral,
            ExampleIds.Establishment,
            ExampleIds.Downsview,
            BidStatus.Submitted,
            new BidReceipt("3f1c9a0b7d2e4c6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e1f", At),
            At,
            null,
            null,
            null,
            new BidContent(Offer, new BidPrice(new Money(320m, "GBP"), new Money(90m, "GBP"), 10m, new Money(41m, "GBP"), new Money(369m, "GBP"))),
            1));
    }

    private void AddDirectPlacements()
    {
        const string reason = "ParentalPreference";
        const string justification = "The parents named Downsview School in the EHC plan; it meets every need in the plan.";
        Add(new DirectPlacementDetails(ExampleIds.Category, ExampleIds.Establishment, reason, justification, ServiceUser, Week, PriceBasis.Week, Start, 39, null));
        Add(new DirectPlacementResponse(
            ExampleIds.DirectPlacement,
            ExampleIds.Dps,
            ExampleIds.Category,
            ExampleIds.Kent,
            ExampleIds.Establishment,
            ExampleIds.Downsview,
            ExampleIds.Membership,
            reason,
            justification,
            ServiceUser,
            Week,
            PriceBasis.Week,
            Start,
            39,
            1,
            At,
            1));
    }
}
