using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.Referral.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Referral.Infrastructure;

/// <summary>Referral — buying one service: referrals, business cases, invitations, sealed bids.</summary>
public static class ReferralModule
{
    public static IServiceCollection AddReferralModule(this IServiceCollection services) =>
        services.AddModuleStore<ReferralDbContext>(ReferralDbContext.SchemaName, applicationAssembly: null, publishesEvents: false);
}
