using System.ComponentModel;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Profiles;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class ProfileEndpoints
{
    public sealed record ProfileRequest(
        [property: Description("The establishment's profile in each category to change, each category once; categories not named are unchanged.")] IReadOnlyList<CategoryProfileInput> Categories);

    public static void Map(IEndpointRouteBuilder api)
    {
        var profile = api.MapGroup("/establishments/{establishmentId:guid}/profile").WithTags("Establishment profiles");

        profile.MapGet("", async (Guid establishmentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEstablishmentProfile(establishmentId), ct)))
            .RequireRoles(DpsRoles.Supplier, DpsRoles.Manager, DpsRoles.Auditor)
            .WithName("GetEstablishmentProfile")
            .WithSummary("Get an establishment's profile")
            .WithDescription("Per category the establishment is listed in (learnt from Qualification's admissions): the needs it meets and the features it offers as codes of the category's taxonomy, its vacancies and capacity, its membership status and score. A supplier sees only its own establishments; the manager and auditors see all.")
            .ProducesProblems(404);

        profile.MapPut("", async (Guid establishmentId, ProfileRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetEstablishmentProfile(establishmentId, body.Categories), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("SetEstablishmentProfile")
            .WithSummary("Describe what an establishment offers")
            .WithDescription("Replaces the profile in each category named (others are unchanged): needs and features as codes of that category's current taxonomy (an unknown code is a 400 whose `errors` name its field, e.g. `categories[0].needs[1]`), and vacancies from 0 to the capacity. Each category may carry the version last read; a stale one gets 412. Only the establishment's own supplier may change it.")
            .ProducesProblems(400, 404, 412, 422);
    }
}
