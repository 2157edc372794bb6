using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>The public requests one module sends another in process, sent here as they are: in a scope of their own, with no user.</summary>
public static class ModuleRequests
{
    public static async Task<TResponse> SendAsync<TResponse>(this DpsApiFactory api, IRequest<TResponse> request)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
