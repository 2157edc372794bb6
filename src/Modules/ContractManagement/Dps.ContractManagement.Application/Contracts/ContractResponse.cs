using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>
/// A contract: its parties, the award it was made from, the terms awarded (<c>price</c> and <c>costLines</c> as awarded;
/// <c>prices</c>, every price it has had since, the last the current one) and where it stands.
/// </summary>
public sealed record ContractResponse(
    Guid Id,
    [property: Description("What the contract is: `IndividualPlacementAgreement` (SET: one service user's placement, invoiced per period) or `CallOff` (DWP: paid by milestone from the category's funding model).")] ContractKind Kind,
    [property: Description("Where it stands: `Active` (running), `Completed` (the service was delivered to its end) or `Terminated` (ended early, with a reason).")] ContractStatus Status,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    Guid SupplierId,
    Guid EstablishmentId,
    [property: Description("The award the contract was made from: its route, when, and how it was competed or why it was not.")] ContractAwardResponse Award,
    [property: Description("The anonymised service-user reference (e.g. `KCC-20261234`), never a name.")] string ServiceUserReference,
    [property: Description("The price of one place per `priceBasis`, as awarded; the current price, after any uplift, is the last of `prices`.")] Money Price,
    [property: Description("What the price is for: a `Week`, `Month` or `Annum` of service, or one `Participant` (DWP offers).")] ContractPriceBasis PriceBasis,
    [property: Description("The lines the awarded price is built from (e.g. the winning bid's core and variable cost lines); may be empty.")] IReadOnlyList<ContractCostLineResponse> CostLines,
    [property: Description("Every price the contract has had, each from its date: the awarded price first, then each uplift's; the last is the current one. Never empty.")] IReadOnlyList<ContractPriceResponse> Prices,
    [property: Description("The first day of the service (a calendar date, Europe/London).")] DateOnly StartDate,
    [property: Description("The length of the term, in whole weeks.")] int TermWeeks,
    [property: Description("The term's last day: start + term weeks × 7 − 1 (a calendar date, Europe/London).")] DateOnly EndDate,
    [property: Description("How many places were awarded; more than 1 for a block booking, which is recorded with the contract.")] int Places,
    [property: Description("How a call-off is paid by milestone, from the category's funding model; null for a placement agreement, whose category has none.")] ContractFundingModelResponse? FundingModel,
    [property: Description("The last day the service was delivered (a calendar date, Europe/London); null until the buyer records completion.")] DateOnly? CompletedOn,
    [property: Description("The day the contract was ended early (a calendar date, Europe/London); null unless it was terminated.")] DateOnly? TerminatedOn,
    [property: Description("Why the buyer ended the contract early; null unless it was terminated.")] string? TerminationReason,
    [property: Description("Evidence recorded on the contract that its establishment no longer meets a pass/fail criterion, oldest first; each is sent to Qualification as a suspension request.")] IReadOnlyList<CriterionFailureResponse> CriterionFailures,
    [property: Description("When the contract was made from the award (UTC).")] DateTimeOffset CreatedAt,
    uint Version) : IVersioned
{
    internal static ContractResponse From(Contract contract)
    {
        var terms = contract.Terms;
        var funding = terms.FundingModel;
        return new ContractResponse(
            contract.Id.Value,
            contract.Kind,
            contract.Status,
            contract.DpsId,
            contract.CategoryId,
            contract.AuthorityId,
            contract.SupplierId,
            contract.EstablishmentId,
            new ContractAwardResponse(
                contract.AwardId, contract.Route, contract.ReferralId, contract.AwardedAt, contract.Grounds?.Reason, contract.Grounds?.Justification, contract.Bids, contract.CompetitionOpenedAt),
            terms.ServiceUserReference,
            Money.From(terms.Price),
            terms.PriceBasis,
            Lines(terms.CostLines),
            [.. contract.Prices.Select(p => new ContractPriceResponse(Money.From(p.Price), Lines(p.CostLines), p.From, p.UpliftId))],
            terms.StartDate,
            terms.TermWeeks,
            terms.EndDate,
            terms.Places,
            funding is null
                ? null
                : new ContractFundingModelResponse(
                    funding.FundingModelId, funding.StartSharePercent, funding.CompletionSharePercent, funding.JobOutcomeSharePercent, funding.WeeksInWork, funding.TrackingWindowWeeks),
            contract.CompletedOn,
            contract.TerminatedOn,
            contract.TerminationReason,
            [.. contract.CriterionFailures.Select(f => new CriterionFailureResponse(f.RequestId, f.CriterionCode, f.Evidence, f.Reference, f.RecordedBy, f.RecordedAt))],
            contract.CreatedAt,
            contract.Version);
    }

    private static List<ContractCostLineResponse> Lines(IEnumerable<ContractCostLine> lines) =>
        [.. lines.Select(l => new ContractCostLineResponse(l.LineCode, l.Description, Money.From(l.Amount)))];
}

/// <summary>A price the contract had, with its lines, from a date: the awarded one first, then each uplift's (<c>upliftId</c>).</summary>
public sealed record ContractPriceResponse(
    [property: Description("The price of one place per the contract's price basis, from `from`.")] Money Price,
    [property: Description("The lines of this price; an uplift changes only the lines it names.")] IReadOnlyList<ContractCostLineResponse> CostLines,
    [property: Description("The first day this price applies (a calendar date, Europe/London): the start date for the awarded price, the uplift's effective date for an uplift's.")] DateOnly From,
    Guid? UpliftId);

/// <summary>
/// The award the contract was made from; <c>reason</c> and <c>justification</c> only for a direct placement, <c>bids</c>
/// (bids or offers weighed) and <c>competitionOpenedAt</c> only for a competition or offer match.
/// </summary>
public sealed record ContractAwardResponse(
    Guid AwardId,
    [property: Description("How it was awarded: `Competition` (a referral's mini-competition), `OfferMatch` (a business case matched against the category's offers, DWP) or `DirectPlacement` (without competition, for a reason from the scheme's list).")] ContractRoute Route,
    Guid? ReferralId,
    [property: Description("When the service was awarded (UTC).")] DateTimeOffset AwardedAt,
    [property: Description("For a direct placement, the code of the scheme's reason (e.g. `ParentalPreference`, `TribunalOrder`, `EmergencyNoCapacity`); null for a competition or offer match.")] string? Reason,
    [property: Description("For a direct placement, the buyer's justification for awarding without competition; null for a competition or offer match.")] string? Justification,
    [property: Description("How many bids (or, for an offer match, offers) the award weighed; null for a direct placement.")] int? Bids,
    [property: Description("When the competition opened: the referral published, or the business case submitted (UTC); null for a direct placement.")] DateTimeOffset? CompetitionOpenedAt);

public sealed record ContractCostLineResponse(
    [property: Description("The cost line's code, e.g. `EDUCATION` or `STAFFING`; an uplift names the lines it applies to by it.")] string LineCode,
    [property: Description("What the line pays for, e.g. Education.")] string Description,
    [property: Description("The line's part of the price, per the contract's price basis.")] Money Amount);

/// <summary>The shares of the price (percent) paid at start, at completion and on a job outcome, and what a job outcome is.</summary>
public sealed record ContractFundingModelResponse(
    Guid FundingModelId,
    [property: Description("The percentage of the price (0–100) paid when the participant starts.")] decimal StartSharePercent,
    [property: Description("The percentage of the price (0–100) paid when the participant completes.")] decimal CompletionSharePercent,
    [property: Description("The percentage of the price (0–100) paid on a job outcome; 0 when the model pays none.")] decimal JobOutcomeSharePercent,
    [property: Description("How many weeks in work make a job outcome (DWP: 4).")] int WeeksInWork,
    [property: Description("The weeks after completion within which the weeks in work must be done for a job outcome (DWP: 13).")] int TrackingWindowWeeks);

/// <summary>Evidence that a pass/fail criterion is no longer met, sent to Qualification as suspension request <c>requestId</c>.</summary>
public sealed record CriterionFailureResponse(
    Guid RequestId,
    [property: Description("The code of the category's pass/fail criterion no longer met, e.g. `PF-OFSTED`.")] string CriterionCode,
    [property: Description("What shows the criterion is no longer met, e.g. an Ofsted rating of Inadequate.")] string Evidence,
    [property: Description("The reference of the document behind the evidence, e.g. the Ofsted report's.")] string Reference,
    [property: Description("Who recorded it (the token's subject).")] string RecordedBy,
    [property: Description("When it was recorded (UTC).")] DateTimeOffset RecordedAt);
