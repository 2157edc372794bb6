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
    ContractKind Kind,
    ContractStatus Status,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    Guid SupplierId,
    Guid EstablishmentId,
    ContractAwardResponse Award,
    string ServiceUserReference,
    Money Price,
    ContractPriceBasis PriceBasis,
    IReadOnlyList<ContractCostLineResponse> CostLines,
    IReadOnlyList<ContractPriceResponse> Prices,
    DateOnly StartDate,
    int TermWeeks,
    DateOnly EndDate,
    int Places,
    ContractFundingModelResponse? FundingModel,
    DateOnly? CompletedOn,
    DateOnly? TerminatedOn,
    string? TerminationReason,
    IReadOnlyList<CriterionFailureResponse> CriterionFailures,
    DateTimeOffset CreatedAt,
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
public sealed record ContractPriceResponse(Money Price, IReadOnlyList<ContractCostLineResponse> CostLines, DateOnly From, Guid? UpliftId);

/// <summary>
/// The award the contract was made from; <c>reason</c> and <c>justification</c> only for a direct placement, <c>bids</c>
/// (bids or offers weighed) and <c>competitionOpenedAt</c> only for a competition or offer match.
/// </summary>
public sealed record ContractAwardResponse(
    Guid AwardId, ContractRoute Route, Guid? ReferralId, DateTimeOffset AwardedAt, string? Reason, string? Justification, int? Bids, DateTimeOffset? CompetitionOpenedAt);

public sealed record ContractCostLineResponse(string LineCode, string Description, Money Amount);

/// <summary>The shares of the price (percent) paid at start, at completion and on a job outcome, and what a job outcome is.</summary>
public sealed record ContractFundingModelResponse(
    Guid FundingModelId, decimal StartSharePercent, decimal CompletionSharePercent, decimal JobOutcomeSharePercent, int WeeksInWork, int TrackingWindowWeeks);

/// <summary>Evidence that a pass/fail criterion is no longer met, sent to Qualification as suspension request <c>requestId</c>.</summary>
public sealed record CriterionFailureResponse(Guid RequestId, string CriterionCode, string Evidence, string Reference, string RecordedBy, DateTimeOffset RecordedAt);
