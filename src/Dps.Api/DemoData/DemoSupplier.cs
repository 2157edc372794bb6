using System.Security.Claims;
using Dps.Api.Auth;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.Applications;
using Dps.Qualification.Application.Establishments;
using Dps.Qualification.Application.Suppliers;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Suppliers;
using MediatR;

namespace Dps.Api.DemoData;

/// <summary>
/// A demo supplier with one school and a submitted application to SET's SEN category, waiting for the manager's
/// evaluation. Mint a supplier token with <see cref="SupplierId"/> to act as it.
/// </summary>
public static class DemoSupplier
{
    public static readonly Guid SupplierId = Guid.Parse("0a4f0000-0000-4000-8000-000000000001");

    public static async Task SeedAsync(IServiceProvider scope, Guid setDpsId, Guid senCategoryId, Qualification.Domain.Categories.Criteria.CategoryCriteria senCriteria, CancellationToken cancellationToken)
    {
        // Acts through the same path as a request with the supplier's token: the actor is read from the principal.
        var accessor = scope.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = Principal() };
        try
        {
            var mediator = scope.GetRequiredService<IMediator>();
            await mediator.Send(
                new RegisterSupplier("Oakfield Care Ltd", "01234567", true, new Contact("Sam Patel", "sam.patel@oakfield.example", "+44 1403 123456")),
                cancellationToken);
            var school = await mediator.Send(
                new AddEstablishment(SupplierId, "Oakfield School", "1 Church Lane, Horsham, West Sussex", "RH12 1AB", 51.0629, -0.3259, "123456", OfstedRating.Good, 40),
                cancellationToken);
            var draft = await mediator.Send(
                new DraftApplication(school.Id, setDpsId, [new CategoryApplicationInput(
                    senCategoryId,
                    senCriteria.CriterionCodes.Select(code => new CriterionAnswer(code, $"Oakfield School's answer to {code}.", [$"evidence/oakfield/{code}.pdf"])).ToList(),
                    senCriteria.CoreCostLines.Select(line => new CoreCost(line.Code, new BuildingBlocks.Domain.Money(350m, "GBP"))).ToList(),
                    new Discounts(5m, 10m))]),
                cancellationToken);
            await mediator.Send(new SubmitApplication(draft.Id, null), cancellationToken);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private static ClaimsPrincipal Principal() => new(new ClaimsIdentity(
        [new Claim(DpsClaims.Subject, "oakfield-demo"), new Claim(DpsClaims.Role, DpsRoles.Supplier), new Claim(DpsClaims.SupplierId, SupplierId.ToString())],
        "demo",
        DpsClaims.Subject,
        DpsClaims.Role));
}
