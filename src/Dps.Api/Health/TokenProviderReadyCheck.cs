using Dps.Api.Auth;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dps.Api.Health;

/// <summary>
/// Ready when the OpenID Connect provider's keys are at hand (or none is configured). Without them no provider
/// token can be checked: unhealthy, or only degraded while shared-key tokens are still accepted beside them.
/// </summary>
internal sealed class TokenProviderReadyCheck(TokenValidation validation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (validation.Authority is null || await validation.ProviderConfigurationAsync(cancellationToken) is not null)
        {
            return HealthCheckResult.Healthy();
        }

        var unreachable = $"The OpenID Connect provider {validation.Authority} does not answer, so its tokens cannot be checked.";
        return validation.AcceptsSharedKey
            ? HealthCheckResult.Degraded($"{unreachable} Tokens signed with the shared key still are.")
            : HealthCheckResult.Unhealthy($"{unreachable} No token can be.");
    }
}
