using System.Text.Json.Nodes;
using Dps.Api.Audit;
using Dps.Api.Auth;
using Dps.Api.Errors;
using Dps.Api.Sandbox;
using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;

namespace Dps.Api.OpenApi;

/// <summary>The host's own examples: the dev token, the sandbox clock, the audit trail, parked messages and the problem document.</summary>
internal sealed class PlatformExamples : ApiExamples
{
    private static readonly DateTimeOffset At = new(2027, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public PlatformExamples()
    {
        // The first call a tester makes in Swagger UI: a manager's token, which every demo walk starts with.
        Add(new DevTokenEndpoints.DevTokenRequest(DpsRoles.Manager, null, null, null));
        Add(new DevTokenEndpoints.DevTokenResponse(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkcHMtbWFuYWdlci1kZXYiLCJyb2xlIjoiZHBzLW1hbmFnZXIifQ.c2lnbmF0dXJl",
            "Bearer",
            At.AddHours(8)));
        Add(new SandboxClockEndpoints.ClockChange(TimeSpan.FromDays(10)));
        Add(new SandboxClockEndpoints.ClockResponse(At.AddDays(10), TimeSpan.FromDays(10), TimeSpan.FromDays(1826)));
        Add(new AuditRecord(
            Guid.Parse("a0d17000-0000-4000-8000-000000000001"),
            "qualification",
            At,
            "demo-dps-manager",
            [DpsRoles.Manager],
            "RegisterSupplier",
            "Supplier",
            ExampleIds.Oakfield.ToString(),
            "Added",
            Opaque(),
            Opaque()));
        Add(new AuditTrailVerification(true, [new AuditChainReport("qualification", 42, true, null, null, "3f1c9a0b7d2e4c6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e1f")]));
        Add(new ParkedOutboxMessage(
            "qualification",
            Guid.Parse("0b0c0000-0000-4000-8000-000000000001"),
            "Dps.Qualification.IntegrationEvents.SupplierAdmitted",
            At,
            5,
            "Npgsql.PostgresException: 40P01: deadlock detected",
            At.AddMinutes(1),
            At.AddHours(2),
            Opaque()));
        Add(Problem());
    }

    /// <summary>
    /// An audited state or an event's payload, left empty: its schema (<see cref="JsonNode"/>'s) names no members, so an
    /// example with any would not validate against it.
    /// </summary>
    private static JsonObject Opaque() => [];

    /// <summary>The 400 the Swagger UI body used to earn: a role no token may have, as the API words it.</summary>
    private static ProblemDetails Problem()
    {
        var problem = Problems.Validation(new ValidationException(
            [new ValidationFailure("Role", $"'Role' must be one of: {string.Join(", ", DpsRoles.All)}.")]));
        problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
        problem.Instance = "/dev/tokens";
        problem.Extensions["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        return problem;
    }
}
