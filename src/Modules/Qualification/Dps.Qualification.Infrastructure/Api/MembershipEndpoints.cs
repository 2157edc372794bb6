using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Application.Memberships;
using Dps.Qualification.Domain.Memberships;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Qualification.Infrastructure.Api;

internal static class MembershipEndpoints
{
    public sealed record SuspensionRequest(
        [property: Description("The codes of the category's pass/fail criteria the member no longer meets, each once; the supplier will resubmit only these.")] IReadOnlyList<string> FailedCriteria,
        [property: Description("Why the member is suspended, up to 4,000 characters; the member sees it.")] string Reason);

    public sealed record ResubmissionRequest(
        [property: Description("New answers to the criteria the member is suspended for: one for each, and no other.")] IReadOnlyList<CriterionAnswer> Answers);

    public sealed record ReEvaluationRequest(
        [property: Description("A decision for each criterion the member is suspended for, and no other: if all pass it is reinstated, otherwise it stays suspended for those still failing.")] IReadOnlyList<PassFailDecision> Decisions);

    public sealed record RemovalRequest(
        [property: Description("Why the membership ends; kept as its `removalReason`.")] string Reason);

    public sealed record AuditRequest(
        [property: Description("The day of the audit (a calendar date in the scheme's time zone, Europe/London; required): not in the future, nor before the last audit recorded.")] DateOnly? AuditedOn,
        [property: Description("Whether the member passed the audit.")] bool Passed,
        [property: Description("The auditor's notes; null for none.")] string? Notes);

    public sealed record ScoreAdjustmentRequest(
        [property: Description("The points to add to the core competency score, negative to lower it, never 0; the score must stay within 0–100.")] decimal Adjustment,
        [property: Description("Why the score changes, e.g. the performance review it follows.")] string Reason);

    /// <summary>Which of the membership's suspension requests (<c>requestedSuspensions[].requestId</c>) is confirmed.</summary>
    public sealed record SuspensionConfirmation(Guid RequestId);

    /// <summary>Which suspension request is dismissed, and why.</summary>
    public sealed record SuspensionDismissal(
        Guid RequestId,
        [property: Description("Why there are no grounds to suspend; kept as the request's `dismissalReason`.")] string Reason);

    private static readonly string[] Readers = [DpsRoles.Manager, DpsRoles.Auditor, DpsRoles.Supplier];

    public static void Map(IEndpointRouteBuilder api)
    {
        var memberships = api.MapGroup("/memberships").WithTags("Memberships");

        memberships.MapList<MembershipResponse>("", "ListMemberships", Readers, (
                [Description("Only the memberships of this DPS.")] Guid? dpsId,
                [Description("Only the memberships of this category.")] Guid? categoryId,
                [Description("Only the memberships of this establishment.")] Guid? establishmentId,
                [Description("Only the memberships in this status: Active, Suspended or Removed.")] MembershipStatus? status,
                [Description("If true, only memberships (not removed) whose next audit is late: by default it is due 12 months after admission or the last audit. Default false.")] bool auditOverdue = false,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListMemberships(dpsId, categoryId, establishmentId, status, auditOverdue, page, pageSize))
            .WithSummary("List memberships")
            .WithDescription("Suppliers see their own. `auditOverdue=true` lists members whose annual audit is late.");

        memberships.MapGetVersioned<MembershipResponse>("{membershipId:guid}", "GetMembership", Readers, (Guid membershipId) => new GetMembership(membershipId))
            .WithSummary("Get a membership, with why it is suspended if it is");

        memberships.MapCommand<SuspensionRequest, MembershipResponse>("{id:guid}/suspend", (id, body, ifMatch) =>
                new SuspendMembership(id, body.FailedCriteria, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("SuspendMembership")
            .WithSummary("Suspend a member for failed criteria")
            .WithDescription("Names the failed pass/fail criteria and the reason; applies across all authorities and removes the member from search at once. Only the DPS manager suspends: an authority cannot exclude a member.");

        memberships.MapCommand<SuspensionConfirmation, MembershipResponse>("{id:guid}/requested-suspensions/confirm", (id, body, ifMatch) =>
                new ConfirmRequestedSuspension(id, body.RequestId, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("ConfirmRequestedSuspension")
            .WithSummary("Confirm a suspension request from contract management")
            .WithDescription("Contract management sends evidence recorded on a contract that the member no longer meets a pass/fail criterion (`requestedSuspensions`, outcome `Pending`). The DPS manager confirms it: the member is suspended for that criterion, with the evidence and its reference as the reason, as `suspend` does (409, rule `MembershipMustBeActiveToSuspend`, if it is not active; 422, rule `SuspensionMustNameFailedPassFailCriteria`, if the criterion is not one of the category's pass/fail criteria). A request is decided once (409, rule `RequestedSuspensionMustBePending`); an unknown request id is 404.");

        memberships.MapCommand<SuspensionDismissal, MembershipResponse>("{id:guid}/requested-suspensions/dismiss", (id, body, ifMatch) =>
                new DismissRequestedSuspension(id, body.RequestId, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("DismissRequestedSuspension")
            .WithSummary("Dismiss a suspension request from contract management")
            .WithDescription("The DPS manager finds no grounds to suspend, with a reason (400 if blank); the request stays on record as `Dismissed`. A request is decided once (409, rule `RequestedSuspensionMustBePending`); an unknown request id is 404.");

        memberships.MapCommand<ResubmissionRequest, MembershipResponse>("{id:guid}/reinstatement", (id, body, ifMatch) =>
                new ResubmitForReinstatement(id, body.Answers.ToDomain(), ifMatch))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("ResubmitForReinstatement")
            .WithSummary("Resubmit the failed criteria to be reinstated")
            .WithDescription("Answers the failed criteria again, and only those; everything else of the admission is kept.");

        memberships.MapCommand<ReEvaluationRequest, MembershipResponse>("{id:guid}/reinstatement/evaluation", (id, body, ifMatch) =>
                new ReEvaluateReinstatement(id, body.Decisions.ToDomain(), ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("ReEvaluateReinstatement")
            .WithSummary("Re-evaluate the resubmitted criteria")
            .WithDescription("Decides only the failed criteria: if all pass the member is reinstated; otherwise it stays suspended for those still failing.");

        memberships.MapCommand<RemovalRequest, MembershipResponse>("{id:guid}/removal", (id, body, ifMatch) =>
                new RemoveMembership(id, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Supplier, DpsRoles.Manager)
            .WithName("RemoveMembership")
            .WithSummary("Remove a membership on request")
            .WithDescription("Final: the establishment leaves the category (it may apply again later).");

        memberships.MapCommand<AuditRequest, MembershipResponse>("{id:guid}/audits", (id, body, ifMatch) =>
                new RecordMembershipAudit(id, body.AuditedOn, body.Passed, body.Notes, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("RecordMembershipAudit")
            .WithSummary("Record the annual audit")
            .WithDescription("The next audit is then due a year after this one.");

        memberships.MapCommand<ScoreAdjustmentRequest, MembershipResponse>("{id:guid}/score-adjustments", (id, body, ifMatch) =>
                new AdjustCoreCompetencyScore(id, body.Adjustment, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("AdjustCoreCompetencyScore")
            .WithSummary("Adjust the core competency score")
            .WithDescription("Up or down after a performance review, with a reason; the score stays within 0–100 and the change is published to the other modules.");
    }
}
