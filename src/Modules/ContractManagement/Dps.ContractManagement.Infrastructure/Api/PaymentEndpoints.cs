using System.ComponentModel;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Payments;
using Dps.ContractManagement.Domain.Payments;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class PaymentEndpoints
{
    /// <summary>What the supplier shows for the milestone: a description and the reference of the record behind it; for a job outcome, the day the participant started work.</summary>
    public sealed record MilestoneClaimRequest(
        [property: Description("What shows the milestone was reached, e.g. a signed start confirmation; at most 4,000 characters.")] string Evidence,
        [property: Description("The reference of the document or record behind the evidence; at most 200 characters.")] string Reference,
        [property: Description("For a job outcome (required there), the day the participant started work (a calendar date, Europe/London); its outcome date is that day + weeks in work × 7 − 1. Ignored for other milestones.")] DateOnly? InWorkFrom);

    /// <summary>Which period of the term is invoiced: 1 for the first.</summary>
    public sealed record PeriodInvoiceRequest(
        [property: Description("The number of the period of the term invoiced, 1 for the first.")] int Period);

    /// <summary>Why the buyer rejects the claim.</summary>
    public sealed record ClaimRejection(
        [property: Description("Why the buyer rejects the milestone claim or invoiced period; required, at most 2,000 characters.")] string Reason);

    public static void Map(IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Payments");

        contracts.MapGet("{contractId:guid}/milestones", async (Guid contractId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMilestones(contractId), ct)))
            .RequireRoles(DpsRoles.All)
            .WithName("GetMilestones")
            .WithSummary("Get a call-off's milestones and their claims")
            .WithDescription("From the category's funding model (DWP): the start fee, the completion fee and the job-outcome fee, each a share of the price. The amounts add up to the price to the penny: each share is rounded down to the penny and the pennies left over go one each to the shares that lost most, ties to the later milestone (£999.99 at 10/30/60 is £100.00, £300.00, £599.99). A 0% milestone (Engagement's job outcome) is not listed. A contract without a funding model has none (it is invoiced per period). Whoever may read the contract may read them.")
            .Produces<MilestonesResponse>()
            .ProducesProblems(404);

        contracts.MapPost("{contractId:guid}/milestones/{kind}/claims", async (Guid contractId, string kind, MilestoneClaimRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var milestone = Enum.TryParse<MilestoneKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _)
                    ? parsed
                    : throw new NotFoundException("Milestone", kind);
                var claim = await mediator.Send(new ClaimMilestone(contractId, milestone, body.Evidence, body.Reference, body.InWorkFrom), ct);
                return TypedResults.Created(http.PathOf("GetMilestones", new { contractId }), claim);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("ClaimMilestone")
            .WithSummary("Claim a milestone (`Start`, `Completion` or `JobOutcome`) with evidence")
            .WithDescription("The contract's supplier claims a milestone of its funding model, with `evidence` and a `reference`. Refused: on a contract without a funding model (422, rule `ContractMustBePaidByMilestone`) or terminated (409, rule `TerminatedContractTakesNoClaims`); a milestone not in the schedule (422, rule `MilestoneMustBeInTheSchedule`); a second claim while one stands — only a rejected claim may be claimed again (409, rule `MilestoneIsClaimedOnce`); completion and job outcome before the contract is completed (409, rule `MilestoneFollowsCompletion`); before it is due — the start fee from the start date, the completion fee from completion, the job outcome from its outcome date (422, rule `MilestoneMustBeDue`). A job outcome gives `inWorkFrom`, the day the participant started work: its outcome date is that day + weeks in work × 7 − 1 (DWP: 4 weeks), which must fall after completion and within the tracking window (DWP: 13 weeks; both per funding model) — the last day inside is accepted, the day after refused (422, rule `JobOutcomeMustBeInItsTrackingWindow`).")
            .Produces<MilestoneClaimResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        contracts.MapPost("{contractId:guid}/claims/{claimId:guid}/verify", async (Guid contractId, Guid claimId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideMilestoneClaim(contractId, claimId, Verify: true, Reason: null), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("VerifyMilestoneClaim")
            .WithSummary("Verify a milestone claim: it is paid")
            .WithDescription("A buyer of the contract's authority accepts the claim's evidence. A claim is decided once (409, rule `ClaimIsDecidedOnce`).")
            .Produces<MilestoneClaimResponse>()
            .ProducesProblems(400, 404, 409);

        contracts.MapPost("{contractId:guid}/claims/{claimId:guid}/reject", async (Guid contractId, Guid claimId, ClaimRejection body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideMilestoneClaim(contractId, claimId, Verify: false, body.Reason), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RejectMilestoneClaim")
            .WithSummary("Reject a milestone claim, with a reason")
            .WithDescription("A buyer of the contract's authority refuses the claim's evidence with a `reason` (400 if blank); the supplier may claim the milestone again. A claim is decided once (409, rule `ClaimIsDecidedOnce`).")
            .Produces<MilestoneClaimResponse>()
            .ProducesProblems(400, 404, 409);

        contracts.MapGet("{contractId:guid}/invoices", async (Guid contractId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPeriodInvoices(contractId), ct)))
            .RequireRoles(DpsRoles.All)
            .WithName("ListPeriodInvoices")
            .WithSummary("List a contract's invoiced periods")
            .WithDescription("In period order, each with its dates, amount and the buyer's decision. Whoever may read the contract may read them.")
            .Produces<IReadOnlyList<PeriodInvoiceResponse>>()
            .ProducesProblems(404);

        contracts.MapPost("{contractId:guid}/invoices", async (Guid contractId, PeriodInvoiceRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var invoice = await mediator.Send(new InvoiceContractPeriod(contractId, body.Period), ct);
                return TypedResults.Created(http.PathOf("ListPeriodInvoices", new { contractId }), invoice);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("InvoicePeriod")
            .WithSummary("Invoice one period of a contract priced per week, month or annum")
            .WithDescription("The contract's supplier invoices `period` n of the term; the platform computes its amount. Periods are whole units of the price basis from the start date (a week is 7 days; months and years by the calendar, from the start day), the last one cut at the term's end (start + term weeks × 7 − 1) and charged pro rata by days: price × its days ÷ the full period's days, to the penny (half away from zero). The price is the one in effect on the period's first day, so an uplift counts from its date. Refused: a contract paid by milestone or per participant (422, rule `ContractMustBePricedPerPeriod`), a period outside the term (422, rule `InvoicePeriodMustBeInTheTerm`), a period already invoiced unless rejected (409, rule `PeriodIsInvoicedOnce`), a terminated contract (409, rule `TerminatedContractTakesNoClaims`).")
            .Produces<PeriodInvoiceResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        contracts.MapPost("{contractId:guid}/invoices/{invoiceId:guid}/verify", async (Guid contractId, Guid invoiceId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecidePeriodInvoice(contractId, invoiceId, Verify: true, Reason: null), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("VerifyPeriodInvoice")
            .WithSummary("Verify an invoiced period: it is paid")
            .WithDescription("A buyer of the contract's authority. An invoice is decided once (409, rule `ClaimIsDecidedOnce`).")
            .Produces<PeriodInvoiceResponse>()
            .ProducesProblems(400, 404, 409);

        contracts.MapPost("{contractId:guid}/invoices/{invoiceId:guid}/reject", async (Guid contractId, Guid invoiceId, ClaimRejection body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecidePeriodInvoice(contractId, invoiceId, Verify: false, body.Reason), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RejectPeriodInvoice")
            .WithSummary("Reject an invoiced period, with a reason")
            .WithDescription("A buyer of the contract's authority, with a `reason` (400 if blank); the supplier may invoice the period again. An invoice is decided once (409, rule `ClaimIsDecidedOnce`).")
            .Produces<PeriodInvoiceResponse>()
            .ProducesProblems(400, 404, 409);
    }
}
