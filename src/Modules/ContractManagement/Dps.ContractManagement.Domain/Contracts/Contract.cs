using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts.Rules;
using Dps.ContractManagement.Domain.Outcomes;
using Dps.ContractManagement.Domain.Outcomes.Rules;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;

namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>
/// An Individual Placement Agreement (SET) or call-off (DWP), made from one award: its parties, the award, the terms
/// awarded, and whether it is running, completed or terminated.
/// </summary>
public sealed class Contract : AggregateRoot
{
    private Contract()
    {
    }

    public ContractId Id { get; private set; }

    public Guid DpsId { get; private set; }

    public Guid CategoryId { get; private set; }

    /// <summary>The buying authority; in a column, as buyers see their own authority's contracts.</summary>
    public Guid AuthorityId { get; private set; }

    /// <summary>The supplier; in a column, as suppliers see their own contracts.</summary>
    public Guid SupplierId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public ContractKind Kind { get; private set; }

    /// <summary>The award's id: one contract per award, a unique column.</summary>
    public Guid AwardId { get; private set; }

    public ContractRoute Route { get; private set; }

    /// <summary>The referral or business case awarded; null for a direct placement.</summary>
    public Guid? ReferralId { get; private set; }

    public DateTimeOffset AwardedAt { get; private set; }

    /// <summary>How many bids (or offers) the award weighed; null for a direct placement.</summary>
    public int? Bids { get; private set; }

    /// <summary>When the competition opened (the referral published, the business case submitted); null for a direct placement.</summary>
    public DateTimeOffset? CompetitionOpenedAt { get; private set; }

    /// <summary>For a direct placement, why it was awarded without competition; published with it.</summary>
    public DirectPlacementGrounds? Grounds { get; private set; }

    public ContractTerms Terms { get; private set; } = null!;

    public ContractStatus Status { get; private set; }

    /// <summary>The last day the service was delivered, once completed.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public DateOnly? TerminatedOn { get; private set; }

    public string? TerminationReason { get; private set; }

    /// <summary>Every price the contract has had, from when: the awarded price from the start, then each uplift's. Never empty.</summary>
    public IReadOnlyList<ContractPrice> Prices { get; private set; } = [];

    public ContractPrice CurrentPrice => Prices[^1];

    /// <summary>Evidence recorded on the contract that a pass/fail criterion is no longer met, oldest first.</summary>
    public IReadOnlyList<CriterionFailure> CriterionFailures { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A contract from an award: a call-off where the category has a funding model, else a placement agreement.</summary>
    public static Contract FromAward(Guid dpsId, Guid categoryId, ContractParties parties, ContractAward award, ContractTerms terms, DateTimeOffset now) => new()
    {
        Id = ContractId.New(),
        DpsId = dpsId,
        CategoryId = categoryId,
        AuthorityId = parties.AuthorityId,
        SupplierId = parties.SupplierId,
        EstablishmentId = parties.EstablishmentId,
        Kind = terms.FundingModel is null ? ContractKind.IndividualPlacementAgreement : ContractKind.CallOff,
        AwardId = award.AwardId,
        Route = award.Route,
        ReferralId = award.ReferralId,
        AwardedAt = award.AwardedAt,
        Grounds = award.Grounds,
        Bids = award.Bids,
        CompetitionOpenedAt = award.CompetitionOpenedAt,
        Terms = terms,
        Prices = [new ContractPrice(terms.Price, terms.CostLines, terms.StartDate, null)],
        Status = ContractStatus.Active,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void CheckActive() => CheckRule(new ContractMustBeActiveRule(Status));

    /// <summary>The buyer records that the service was delivered, to its last day.</summary>
    public void Complete(DateOnly completedOn, DateTimeOffset now)
    {
        CheckActive();
        CheckRule(new ContractEndsWithinItsTermRule(Terms, completedOn));
        Status = ContractStatus.Completed;
        CompletedOn = completedOn;
        UpdatedAt = now;
    }

    /// <summary>Records evidence that the establishment fails a pass/fail criterion; it is sent on as a suspension request.</summary>
    public CriterionFailure RecordCriterionFailure(string criterionCode, string evidence, string reference, string recordedBy, DateTimeOffset now)
    {
        var failure = new CriterionFailure(Guid.CreateVersion7(), criterionCode, evidence, reference, recordedBy, now);
        CriterionFailures = [.. CriterionFailures, failure];
        UpdatedAt = now;
        return failure;
    }

    /// <summary>The milestones the contract pays and their amounts, from its funding model and price; null without a funding model.</summary>
    internal MilestoneSchedule? Schedule() =>
        Terms.FundingModel is { } model ? MilestoneSchedule.Of(model, Terms.Price) : null;

    /// <summary>The supplier claims a milestone, with evidence; the claim is checked against the contract's progress and its earlier claims.</summary>
    internal MilestoneClaim ClaimMilestone(
        IReadOnlyCollection<MilestoneClaim> earlierClaims, MilestoneKind kind, ClaimEvidence evidence, DateOnly? inWorkFrom, string claimedBy, DateTimeOffset now)
    {
        var schedule = Schedule();
        CheckRule(new ContractMustBePaidByMilestoneRule(schedule is not null));
        return MilestoneClaim.Make(
            Id, schedule!, new ContractProgress(Status, Terms.StartDate, CompletedOn), earlierClaims, kind, evidence, inWorkFrom, claimedBy, now);
    }

    /// <summary>
    /// The supplier invoices period <paramref name="number"/> of a contract priced per period, at the price in effect on
    /// the period's first day (an uplift counts from its date); not on a terminated contract, nor a period twice.
    /// </summary>
    internal PeriodInvoice InvoicePeriod(int number, IReadOnlyCollection<int> invoiced, string invoicedBy, DateTimeOffset now)
    {
        CheckRule(new TerminatedContractTakesNoClaimsRule(Status));
        var awarded = new InvoicingTerms(Terms.Price, Terms.PriceBasis, Terms.StartDate, Terms.TermWeeks);
        var period = PeriodInvoicing.Invoice(awarded, number, invoiced);
        var price = Prices.Last(p => p.From <= period.From).Price;
        return PeriodInvoice.Raise(Id, PeriodInvoicing.Invoice(awarded with { Price = price }, number, invoiced), invoicedBy, now);
    }

    /// <summary>
    /// The supplier reports one of <paramref name="measures"/> — those the contract's category sets for its kind — on the
    /// completed contract, once.
    /// </summary>
    internal OutcomeReport ReportOutcome(
        IReadOnlyCollection<OutcomeMeasure> measures, IReadOnlyCollection<string> reported, string measure, bool met, ClaimEvidence evidence, string reportedBy, DateTimeOffset now)
    {
        CheckRule(new OutcomeMeasureMustApplyToTheContractRule(measure, measures));
        CheckRule(new OutcomeFollowsCompletionRule(Status));
        CheckRule(new OutcomeIsReportedOnceRule(measure, reported.Contains(measure)));
        return OutcomeReport.Make(Id, measures.Single(m => m.Code == measure), met, evidence, reportedBy, now);
    }

    /// <summary>Takes an uplift's new price from its date; the earlier prices are kept.</summary>
    public void TakeUplift(ContractPrice price, DateTimeOffset now)
    {
        CheckActive();
        Prices = [.. Prices, price];
        UpdatedAt = now;
    }

    /// <summary>The buyer ends the contract early, on a day within its term, with a reason.</summary>
    public void Terminate(DateOnly terminatedOn, string reason, DateTimeOffset now)
    {
        CheckActive();
        CheckRule(new ContractEndsWithinItsTermRule(Terms, terminatedOn));
        Status = ContractStatus.Terminated;
        TerminatedOn = terminatedOn;
        TerminationReason = reason;
        UpdatedAt = now;
    }
}
