using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Referral.Application.Clarifications;
using Dps.Referral.Domain.Clarifications;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Referral.Infrastructure.Api;

internal static class ClarificationEndpoints
{
    public sealed record QuestionRequest(
        Guid? EstablishmentId,
        [property: Description("The question, up to 4,000 characters.")] string Text);

    public sealed record AnswerRequest(
        [property: Description("The answer, up to 4,000 characters.")] string Text,
        [property: Description("`Public`: every invitee reads the question and the answer, without who asked; `Private`: only the asker does.")] AnswerVisibility Visibility);

    public static void Map(IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Clarifications");

        referrals.MapPost("{referralId:guid}/questions", async (Guid referralId, QuestionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var question = await mediator.Send(new AskQuestion(referralId, body.EstablishmentId, body.Text), ct);
                return VersionedResults.CreatedAt(http, "GetQuestion", new { referralId, questionId = question.Id }, question);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("AskQuestion")
            .WithSummary("Ask the buyer a clarification question")
            .WithDescription("An invited supplier asks, for one of its invited establishments (`establishmentId`) or, with none named, for itself; a supplier not invited to the referral (or naming an establishment of its own that was not invited) gets 404. Only while the referral takes responses (409, rule `ReferralMustBeOpenForResponses`). The buyer sees who asked; other invitees never do.")
            .Produces<ClarificationResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409);

        referrals.MapPost("{referralId:guid}/questions/{questionId:guid}/answer", async (Guid referralId, Guid questionId, AnswerRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerQuestion(referralId, questionId, body.Text, body.Visibility), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("AnswerQuestion")
            .WithSummary("Answer a clarification question, publicly or privately")
            .WithDescription("A buyer of the referral's authority answers; another authority's referral, or a question not on it, is 404. `Public`: every invitee reads the question and answer, without who asked. `Private`: only the asker reads it. A question is answered once (409, rule `ClarificationMayBeAnsweredOnce`): to correct or add to an answer, publish it as an answer to a new question. A cancelled or placed referral takes no answers (409, rule `ReferralMustNotBeFinished`).")
            .ProducesProblems(400, 404, 409);

        referrals.MapList<ClarificationResponse>("{referralId:guid}/questions", "ListQuestions", DpsRoles.All, (
                Guid referralId,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListQuestions(referralId, page, pageSize))
            .WithSummary("List a referral's clarification questions and answers")
            .WithDescription("Oldest first. The buyer, the DPS manager and auditors read every question, answered or not, with who asked (`askerSupplierId`, `askerEstablishmentId`, `askerEstablishmentName`). An invited supplier reads its own questions (`askedByYou`) with their answers, public or private, and every publicly answered question of others without who asked (those members null). Anyone else gets 404.")
            .ProducesProblems(404);

        referrals.MapGetVersioned<ClarificationResponse>("{referralId:guid}/questions/{questionId:guid}", "GetQuestion", DpsRoles.All, (Guid referralId, Guid questionId) => new GetQuestion(referralId, questionId))
            .WithSummary("Get a clarification question")
            .WithDescription("As the list shows it: to the buyer, the DPS manager and auditors with who asked; to the asking supplier with its answer, public or private; to other invitees only once answered publicly, without who asked. Anyone else gets 404.");
    }
}
