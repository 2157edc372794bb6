using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class ContractEndpoints
{
    /// <summary>The last day the service was delivered.</summary>
    public sealed record CompletionRequest(
        [property: Description("The last day the service was delivered, a day of the contract's term (a calendar date, Europe/London).")] DateOnly CompletedOn);

    /// <summary>The day the contract ends early, and why.</summary>
    public sealed record TerminationRequest(
        [property: Description("The day the contract ends early, a day of its term (a calendar date, Europe/London).")] DateOnly TerminatedOn,
        [property: Description("Why it ends early; required, at most 2,000 characters.")] string Reason);

    /// <summary>Which pass/fail criterion of the category is no longer met, the evidence, and its reference (e.g. an Ofsted report's).</summary>
    public sealed record CriterionFailureRequest(
        [property: Description("The code of the category's pass/fail criterion no longer met, e.g. `PF-OFSTED`; at most 40 characters.")] string CriterionCode,
        [property: Description("What shows it is no longer met, e.g. an Ofsted rating of Inadequate; at most 4,000 characters.")] string Evidence,
        [property: Description("The reference of the document behind the evidence, e.g. the Ofsted report's; at most 200 characters.")] string Reference);

    public static void Map(IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Contracts");

        contracts.MapList<ContractResponse>("", "ListContracts", DpsRoles.All, (
                [Description("Only the contracts in this category.")] Guid? categoryId,
                [Description("Only this supplier's contracts.")] Guid? supplierId,
                [Description("Only the contracts in this status.")] ContractStatus? status,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListContracts(categoryId, supplierId, status, page, pageSize))
            .WithSummary("List contracts")
            .WithDescription("Newest award first. A buyer sees its own authority's contracts, a supplier its own, the DPS manager and auditors all of them.");

        contracts.MapGetVersioned<ContractResponse>("{contractId:guid}", "GetContract", DpsRoles.All, (Guid contractId) => new GetContract(contractId))
            .WithSummary("Get a contract")
            .WithDescription("An Individual Placement Agreement (SET) or call-off (DWP, `kind` `CallOff`, paid by milestone from the category's `fundingModel`), made from one award — a competition's, an offer match's or a direct placement (`award.route`). Its authority's buyers, its supplier, the DPS manager and auditors see it; anyone else gets 404. `endDate` is the term's last day: start + term weeks × 7 − 1.");

        contracts.MapCommand<CompletionRequest, ContractResponse>("{id:guid}/complete", (id, body, ifMatch) => new CompleteContract(id, body.CompletedOn, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("CompleteContract")
            .WithSummary("Record that a contract's service was delivered")
            .WithDescription("A buyer of the contract's authority records the last day of service, a day of the term (422, rule `ContractEndsWithinItsTerm`). Only an active contract (409, rule `ContractMustBeActive`). Send the contract's ETag as If-Match (412 if stale).");

        contracts.MapCommand<TerminationRequest, ContractResponse>("{id:guid}/terminate", (id, body, ifMatch) => new TerminateContract(id, body.TerminatedOn, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("TerminateContract")
            .WithSummary("End a contract early, with a reason")
            .WithDescription("A buyer of the contract's authority ends it on a day of its term (422, rule `ContractEndsWithinItsTerm`) with a `reason` (400 if blank). Only an active contract (409, rule `ContractMustBeActive`); nothing is claimed on it afterwards. Send the contract's ETag as If-Match (412 if stale).");

        contracts.MapCommand<CriterionFailureRequest, ContractResponse>("{id:guid}/criterion-failures", (id, body, ifMatch) =>
                new RecordCriterionFailure(id, body.CriterionCode, body.Evidence, body.Reference, ifMatch))
            .RequireRoles(DpsRoles.Buyer, DpsRoles.Manager)
            .WithName("RecordCriterionFailure")
            .WithSummary("Record evidence that a pass/fail criterion is no longer met")
            .WithDescription("A buyer of the contract's authority, or the DPS manager, records evidence (e.g. an Ofsted rating of Inadequate, with the report's reference) that the establishment no longer meets a pass/fail criterion of its category. It is kept on the contract (`criterionFailures`) and sent to Qualification (`SuspensionRequestedIntegrationEvent`), where it waits on the membership as a suspension request that the DPS manager confirms — suspending the member for that criterion — or dismisses. Send the contract's ETag as If-Match (412 if stale).");
    }
}
