using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dps.Api.Errors;

/// <summary>Turns every expected failure into an RFC 9457 problem document; anything else stays a 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Problems.Validation(validation),
            BadHttpRequestException badRequest => Problems.BadRequest(badRequest),
            BusinessRuleValidationException broken => Problems.BrokenRule(broken),
            ForbiddenException forbidden => Problems.Status(StatusCodes.Status403Forbidden, "Forbidden.", forbidden.Message),
            NotFoundException notFound => Problems.Status(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
            PreconditionFailedException stale => Problems.PreconditionFailed(stale.Message),
            DbUpdateConcurrencyException => Problems.ConcurrentUpdate(clientSentIfMatch: httpContext.Request.Headers.IfMatch.Count > 0),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } =>
                Problems.Duplicate(unique.ConstraintName),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
