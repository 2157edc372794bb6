using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Applications;
using Dps.Qualification.Application.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ApplicationStatus = Dps.Qualification.Domain.Applications.ApplicationStatus;

namespace Dps.Qualification.Infrastructure.Api;

internal static class ApplicationEndpoints
{
    /// <summary>The body of <c>POST /applications</c>, named as the command it becomes.</summary>
    public sealed record DraftApplication(
        Guid EstablishmentId,
        Guid DpsId,
        [property: Description("The categories of the DPS applied for, each once, with the answers, core costs and discounts for each.")] IReadOnlyList<CategoryApplicationInput> Categories)
    {
        public Application.Applications.DraftApplication ToCommand() => new(EstablishmentId, DpsId, Categories.ToDomain());
    }

    /// <summary>What a supplier writes for one category, named as the commands' input it becomes.</summary>
    public sealed record CategoryApplicationInput(
        Guid CategoryId,
        [property: Description("An answer to each of the category's criteria, with evidence references; every criterion must be answered before submission.")] IReadOnlyList<CriterionAnswer> Answers,
        [property: Description("A price for each of the category's core-cost lines, once each, in the scheme's currency (GBP); all are needed before submission.")] IReadOnlyList<CoreCost> CoreCosts,
        [property: Description("The cohort and sibling discounts offered; null for none.")] Discounts? Discounts) : IRequestContract<Application.Applications.CategoryApplicationInput>
    {
        public Application.Applications.CategoryApplicationInput ToDomain() =>
            new(CategoryId, Answers.ToDomain(), CoreCosts.ToDomain(), Discounts?.ToDomain());
    }

    public sealed record ReviseRequest(
        [property: Description("The categories applied for, each once, with the answers, core costs and discounts for each; they replace the draft's.")] IReadOnlyList<CategoryApplicationInput> Categories);

    public sealed record EvaluationRequest(
        Guid CategoryId,
        [property: Description("A decision for every pass/fail criterion of the category.")] IReadOnlyList<PassFailDecision> Decisions,
        [property: Description("A 0–100 score for every method statement of the category.")] IReadOnlyList<MethodStatementScore> Scores);

    public sealed record ExtensionRequest(
        [property: Description("Why the decision needs longer, up to 4,000 characters; recorded on the application as `deadlineExtensionJustification`.")] string Justification);

    private static readonly string[] Readers = [DpsRoles.Manager, DpsRoles.Auditor, DpsRoles.Supplier];

    public static void Map(IEndpointRouteBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");

        applications.MapPost("", async (DraftApplication command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var draft = await mediator.Send(command.ToCommand(), ct);
                return VersionedResults.CreatedAt(http, "GetApplication", new { applicationId = draft.Id }, draft);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("DraftApplication")
            .WithSummary("Start an application for one of your establishments")
            .WithDescription("One application per establishment and DPS at a time, covering one or several of its categories: answers to every criterion with evidence references, a price per core-cost line, cohort and sibling discounts. Stays a draft until submitted.")
            .Produces<ApplicationResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        applications.MapList<ApplicationResponse>("", "ListApplications", Readers, (
                [Description("Only the applications to this DPS.")] Guid? dpsId,
                [Description("Only the applications in this status: Draft, Submitted, UnderEvaluation, Admitted or Rejected.")] ApplicationStatus? status,
                [Description("If true, only applications awaiting a decision (Submitted or UnderEvaluation) whose `decisionDueOn` has passed. Default false.")] bool overdue = false,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListApplications(dpsId, status, overdue, page, pageSize))
            .WithSummary("List applications")
            .WithDescription("Suppliers see their own. `overdue=true` lists applications whose decision is past its due date (10 working days after submission, or 15 when extended).");

        applications.MapGetVersioned<ApplicationResponse>("{applicationId:guid}", "GetApplication", Readers, (Guid applicationId) =>
                new GetApplication(applicationId))
            .WithSummary("Get an application");

        applications.MapPut("{applicationId:guid}", async (Guid applicationId, ReviseRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new ReviseApplication(applicationId, body.Categories.ToDomain(), EntityTags.IfMatch(http.Request)), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("ReviseApplication")
            .WithSummary("Revise a draft application")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);

        applications.MapCommand("{id:guid}/submit", (id, ifMatch) => new SubmitApplication(id, ifMatch))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("SubmitApplication")
            .WithSummary("Submit an application")
            .WithDescription("Refused while the DPS is closed or outside its validity, when an answer or a core-cost price is missing, or when core costs exceed a category's affordability cap. Sets the decision due date.");

        applications.MapCommand<EvaluationRequest, ApplicationResponse>("{id:guid}/evaluation", (id, body, ifMatch) =>
                new RecordEvaluation(id, body.CategoryId, body.Decisions.ToDomain(), body.Scores.ToDomain(), ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("RecordEvaluation")
            .WithSummary("Record the evaluation of one category of an application")
            .WithDescription("A pass/fail decision for every pass/fail criterion and a 0–100 score for every method statement of the category. May be corrected until the decision.");

        applications.MapCommand<ExtensionRequest, ApplicationResponse>("{id:guid}/extend-deadline", (id, body, ifMatch) =>
                new ExtendDecisionDeadline(id, body.Justification, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("ExtendDecisionDeadline")
            .WithSummary("Extend the decision deadline, with a justification")
            .WithDescription("Once, to 15 working days after submission (England and Wales bank holidays excluded).");

        applications.MapCommand("{id:guid}/decision", (id, ifMatch) => new DecideApplication(id, ifMatch))
            .RequireRoles(DpsRoles.Manager)
            .WithName("DecideApplication")
            .WithSummary("Decide an evaluated application")
            .WithDescription("Each category with a failed pass/fail criterion is rejected with those criteria as reasons; the others are admitted with the weighted method-statement total as core competency score, and become memberships.");
    }
}
