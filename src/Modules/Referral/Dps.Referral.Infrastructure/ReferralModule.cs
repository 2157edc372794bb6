using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.Referral.Application;
using Dps.Referral.Application.Bids;
using Dps.Referral.Application.DirectPlacements;
using Dps.Referral.Application.Invitations;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Infrastructure.Api;
using Dps.Referral.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.Referral.Infrastructure;

/// <summary>Referral — buying one service: referrals, business cases, invitations, sealed bids.</summary>
public static class ReferralModule
{
    public static IServiceCollection AddReferralModule(this IServiceCollection services)
    {
        services.AddModuleStore<ReferralDbContext>(ReferralDbContext.SchemaName, typeof(IReferralDb).Assembly, publishesEvents: true);
        services.AddScoped<IReferralDb>(provider => provider.GetRequiredService<ReferralDbContext>());
        services.AddApiExamples<ReferralExamples>();
        services.AddScoped<IInvitationLedger, InvitationLedger>();
        services.AddScoped<InvitationRounds>();
        services.AddOptions<DirectPlacementOptions>().BindConfiguration(ReferralOptions.Section).Validate(o => o.DirectPlacementReasons.Keys.All(k => k.Length is > 0 and <= 60), "Referral:DirectPlacementReasons codes must be 1–60 characters.").ValidateOnStart();
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section)
            .Validate(o => o.MinimumResponsePeriod > TimeSpan.Zero, "Referral:MinimumResponsePeriod must be positive.")
            .Validate(o => o.Weights.MinPrice <= o.Weights.MaxPrice, "Referral:Weights:MinPrice must not exceed MaxPrice.")
            .ValidateOnStart();
        services.AddOptions<BidSealOptions>().BindConfiguration(BidSealOptions.Section)
            .Validate(o => BidSealOptions.IsValidKey(o.BidEncryptionKey), "Referral:BidEncryptionKey must be an AES-256 key: 32 bytes in base64.")
            .ValidateOnStart();
        services.AddSingleton<IBidSeal, AesGcmBidSeal>();
        services.AddOptions<ReferralClosingOptions>().BindConfiguration(ReferralOptions.Section)
            .Validate(o => o.ClosingInterval > TimeSpan.Zero, "Referral:ClosingInterval must be positive.")
            .ValidateOnStart();
        services.AddHostedService<ReferralClosingService>();
        return services;
    }

    public static IEndpointRouteBuilder MapReferralEndpoints(this IEndpointRouteBuilder api)
    {
        ReferralEndpoints.Map(api);
        InvitationEndpoints.Map(api);
        BidEndpoints.Map(api);
        ClarificationEndpoints.Map(api);
        DirectPlacementEndpoints.Map(api);
        return api;
    }
}
