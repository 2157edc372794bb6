using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.BlockBookings;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Application.Outcomes;
using Dps.ContractManagement.Application.Payments;
using Dps.ContractManagement.Application.Reports;
using Dps.ContractManagement.Application.Reviews;
using Dps.ContractManagement.Application.Uplifts;
using BlockBookingOrigin = Dps.ContractManagement.Domain.BlockBookings.BlockBookingOrigin;
using ClaimStatus = Dps.ContractManagement.Domain.Payments.ClaimStatus;
using ContractKind = Dps.ContractManagement.Domain.Contracts.ContractKind;
using ContractPriceBasis = Dps.ContractManagement.Domain.Contracts.ContractPriceBasis;
using ContractRoute = Dps.ContractManagement.Domain.Contracts.ContractRoute;
using ContractStatus = Dps.ContractManagement.Domain.Contracts.ContractStatus;
using MeasureStanding = Dps.ContractManagement.Domain.Outcomes.MeasureStanding;
using MilestoneKind = Dps.ContractManagement.Domain.Payments.MilestoneKind;

namespace Dps.ContractManagement.Infrastructure.Api;

/// <summary>The OpenAPI examples of Contract Management's requests and responses: Kent's SEN placement at Downsview, and its payments and outcomes.</summary>
internal sealed class ContractManagementExamples : ApiExamples
{
    private const string ServiceUser = "KCC-20261201";
    private const string Manager = "dps-manager-dev";
    private const string Supplier = "supplier-dev@0a4f0000-0000-4000-8000-000000000002";
    private const string Evidence = "Signed start confirmation from the school.";
    private const string Reference = "DOC-2027-0042";
    private static readonly DateTimeOffset At = new(2027, 2, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2027, 2, 22);
    private static readonly Money Week = new(369m, "GBP");
    private static readonly ContractCostLineResponse Line = new("EDUCATION", "Education", new Money(320m, "GBP"));
    private static readonly OutcomeExpectationResponse Expected = new(30m, 60m);
    private static readonly OutcomeReportResponse Report = new(ExampleIds.Report, ExampleIds.Contract, "ReferralOutcomes", true, "The review meeting's minutes.", Reference, Supplier, At.AddDays(280));
    private static readonly MilestoneClaimResponse Claim = new(
        ExampleIds.Claim, ExampleIds.Contract, MilestoneKind.Start, new Money(240m, "GBP"), Evidence, Reference, null, null, ClaimStatus.Claimed, Supplier, At, null, null, null);

    public ContractManagementExamples()
    {
        AddContracts();
        AddPayments();
        AddOutcomesAndReports();
        AddBlockBookings();
    }

    private void AddContracts()
    {
        Add(new ContractEndpoints.CompletionRequest(new DateOnly(2027, 11, 26)));
        Add(new ContractEndpoints.TerminationRequest(new DateOnly(2027, 6, 30), "The child moved out of the county."));
        Add(new ContractEndpoints.CriterionFailureRequest("PF-OFSTED", "The establishment was rated Inadequate on 3 May 2027.", "OFSTED-140002-2027"));
        // A DWP call-off, the kind with a funding model: paid at start, at completion and on a job outcome.
        var perParticipant = new Money(1_200m, "GBP");
        var programme = new ContractCostLineResponse("PROGRAMME", "Engage Manchester, per participant", perParticipant);
        Add(new ContractResponse(
            ExampleIds.Contract,
            ContractKind.CallOff,
            ContractStatus.Active,
            ExampleIds.Dps,
            ExampleIds.Category,
            ExampleIds.DwpGreaterManchester,
            ExampleIds.DwpProvider,
            ExampleIds.Establishment,
            new ContractAwardResponse(ExampleIds.Report, ContractRoute.OfferMatch, ExampleIds.Referral, At.AddDays(-28), null, null, null, At.AddDays(-48)),
            "GM-JCP-0042",
            perParticipant,
            ContractPriceBasis.Participant,
            [programme],
            [new ContractPriceResponse(perParticipant, [programme], Start, null)],
            Start,
            26,
            new DateOnly(2027, 8, 23),
            20,
            new ContractFundingModelResponse(ExampleIds.FundingModel, 20m, 30m, 50m, 4, 13),
            null,
            null,
            null,
            [new CriterionFailureResponse(ExampleIds.SuspensionRequest, "PF-INS", "The public liability cover lapsed on 1 May 2027.", "INS-2027-017", "buyer-dev@" + ExampleIds.DwpGreaterManchester, At.AddDays(70))],
            At.AddDays(-28),
            1));
        Add(new UpliftEndpoints.UpliftRequest(ExampleIds.Category, ["EDUCATION"], 3.5m, new DateOnly(2027, 4, 1), "The annual inflationary uplift agreed with the providers' forum."));
        Add(new UpliftResponse(ExampleIds.Uplift, ExampleIds.Category, ["EDUCATION"], 3.5m, new DateOnly(2027, 4, 1), "The annual inflationary uplift agreed with the providers' forum.", 4, Manager, At, 1));
        Add(new PerformanceReviewEndpoints.PerformanceReviewRequest(ExampleIds.Establishment, ExampleIds.Category, new DateOnly(2027, 1, 1), -2m, ["Two outcome reports were late."]));
        Add(new PerformanceReviewResponse(
            ExampleIds.Review, ExampleIds.Dps, ExampleIds.Category, ExampleIds.Downsview, ExampleIds.Establishment, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), -2m, ["Two outcome reports were late."], Manager, At, 1));
    }

    private void AddPayments()
    {
        Add(new PaymentEndpoints.MilestoneClaimRequest(Evidence, Reference, null));
        Add(new PaymentEndpoints.PeriodInvoiceRequest(1));
        Add(new PaymentEndpoints.ClaimRejection("The evidence names another participant."));
        Add(Claim);
        Add(new MilestonesResponse(ExampleIds.Contract, new Money(1_200m, "GBP"), 4, 13, [new MilestoneResponse(MilestoneKind.Start, 20m, new Money(240m, "GBP"), [Claim])]));
        Add(new PeriodInvoiceResponse(ExampleIds.Invoice, ExampleIds.Contract, 1, Start, new DateOnly(2027, 3, 21), new Money(1_476m, "GBP"), ClaimStatus.Claimed, Supplier, At.AddDays(28), null, null, null));
    }

    private void AddOutcomesAndReports()
    {
        Add(new OutcomeEndpoints.OutcomeReportRequest("ReferralOutcomes", true, "The review meeting's minutes.", Reference));
        Add(Report);
        Add(new ContractOutcomesResponse(
            ExampleIds.Contract,
            ContractStatus.Completed,
            new DateOnly(2027, 11, 26),
            [new ContractOutcomeResponse("ReferralOutcomes", "Placements that met the outcomes their referral named", new OutcomeExpectationResponse(null, null), new DateOnly(2027, 12, 24), Report)]));
        var measure = new MeasurePerformanceResponse("JobOutcome", "Job outcomes: in work 4 weeks within the 13-week tracking window", Expected, 20, 18, 2, 7, 38.9m, MeasureStanding.Within);
        Add(new OutcomePerformanceReport(
            ExampleIds.Category,
            null,
            new DateOnly(2027, 6, 30),
            [new CategoryOutcomePerformance(ExampleIds.Category, "Engagement", [measure], [new EstablishmentOutcomePerformance(ExampleIds.Establishment, ExampleIds.DwpProvider, "Manchester Works CIC", false, [measure])])]));
        var figures = new BenchmarkFigures(4, new Quartiles(1_650m, 1_850m, 2_100m), 2.5m, 12m, 50m, 45.5m);
        Add(new BenchmarkReport(
            ExampleIds.Category,
            "2027-Q1",
            "2027-Q1",
            "GBP",
            figures,
            [new BenchmarkRow(new BenchmarkCategory(ExampleIds.Category, "SEN"), new BenchmarkAuthority(ExampleIds.Kent, "Kent County Council"), "2027-Q1", figures)]));
    }

    private void AddBlockBookings()
    {
        const string justification = "Four places a year for Kent's children returning from out-of-county placements.";
        var perPlace = new Money(1_750m, "GBP");
        Add(new BlockBookingEndpoints.BlockBookingRequest(
            ExampleIds.Dps, ExampleIds.Category, ExampleIds.Downsview, ExampleIds.Establishment, 4, new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31), null, perPlace, ContractPriceBasis.Week, justification));
        Add(new BlockBookingEndpoints.PlacementRequest(ServiceUser, new DateOnly(2027, 4, 12)));
        Add(new BlockBookingResponse(
            ExampleIds.BlockBooking,
            BlockBookingOrigin.Direct,
            ExampleIds.Dps,
            ExampleIds.Category,
            ExampleIds.Kent,
            ExampleIds.Downsview,
            ExampleIds.Establishment,
            null,
            null,
            null,
            justification,
            4,
            new DateOnly(2027, 4, 1),
            new DateOnly(2028, 3, 31),
            perPlace,
            ContractPriceBasis.Week,
            1,
            3,
            [new BlockPlacementResponse(ExampleIds.Invitation, ServiceUser, new DateOnly(2027, 4, 12), "buyer-dev@" + ExampleIds.Kent, At)],
            "buyer-dev@" + ExampleIds.Kent,
            At,
            2));
    }
}
