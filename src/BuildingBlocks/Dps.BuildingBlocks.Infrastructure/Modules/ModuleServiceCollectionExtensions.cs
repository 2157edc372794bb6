using System.Reflection;
using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Application.Behaviours;
using Dps.BuildingBlocks.Infrastructure.Audit;
using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.BuildingBlocks.Infrastructure.Http.Idempotency;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Modules;

public static class ModuleServiceCollectionExtensions
{
    private static readonly Type[] HandlerInterfaces =
        [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];

    /// <summary>MediatR 5 wired by hand: the mediator, then behaviours outermost first.</summary>
    public static IServiceCollection AddDpsMediator(this IServiceCollection services)
    {
        // A property's rules stop at its first failure, so a missing list is reported as missing and never reaches
        // the rules that read its items.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        services.AddScoped<RequestContext>();
        services.AddScoped<IdempotencyClaim>();
        services.AddScoped<ModuleDbDependencies>();
        services.AddSingleton<OutboxSignals>();
        services.AddSingleton<OutboxPublisher>();
        services.AddScoped<DeliveryUnitOfWork>();
        services.AddSingleton<ModuleRegistry>();
        services.AddSingleton<FeedSources>();
        return services;
    }

    /// <summary>
    /// Registers a module's store in its own schema (migrations history included), the verifier of its audit chain and its change-feed sources.
    /// A module with an application assembly also gets its handlers, validators and audit trail reader; one that
    /// publishes integration events gets the delivery and background processor of its outbox, and the view of its parked messages.
    /// </summary>
    public static IServiceCollection AddModuleStore<TContext>(
        this IServiceCollection services, string schema, Assembly? applicationAssembly, bool publishesEvents)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) => options.UseNpgsql(
            provider.GetRequiredService<DatabaseSettings>().ConnectionString,
            npgsql => npgsql.MigrationsHistoryTable("__migrations_history", schema))
            // Migrations are written by hand (EF's design-time package does not restore here), so there is no
            // model snapshot to compare with; MigrationsMatchTheModel in the integration tests guards instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddSingleton(new ModuleDescriptor(schema, typeof(TContext), applicationAssembly, publishesEvents));
        services.AddScoped<IAuditChainVerifier, AuditChainVerifier<TContext>>();
        services.AddFeedSources(typeof(TContext).Assembly);
        if (publishesEvents)
        {
            services.AddSingleton<OutboxDelivery<TContext>>();
            services.AddSingleton<IOutboxDelivery>(provider => provider.GetRequiredService<OutboxDelivery<TContext>>());
            services.AddHostedService<OutboxProcessor<TContext>>();
            services.AddScoped<IParkedOutboxMessages, ParkedOutboxMessages<TContext>>();
        }

        if (applicationAssembly is not null)
        {
            services.AddScoped<IAuditTrailReader, AuditTrailReader<TContext>>();
            services.AddHandlersAndValidators(applicationAssembly);
        }

        return services;
    }

    /// <summary>How the module's entities appear in the change feed: every <see cref="IFeedSource"/> of its store's assembly.</summary>
    private static void AddFeedSources(this IServiceCollection services, Assembly assembly)
    {
        foreach (var source in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && t.IsAssignableTo(typeof(IFeedSource))))
        {
            services.AddSingleton(typeof(IFeedSource), source);
        }
    }

    /// <summary>
    /// Registers, within one module's own assembly, every request/notification handler and validator that has a
    /// public constructor (validators without one are parts that other validators compose).
    /// </summary>
    public static IServiceCollection AddHandlersAndValidators(this IServiceCollection services, Assembly assembly)
    {
        var implementations = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false, IsClass: true } && t.GetConstructors().Length > 0);
        foreach (var implementation in implementations)
        {
            var contracts = implementation.GetInterfaces()
                .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()));
            foreach (var contract in contracts)
            {
                services.AddScoped(contract, implementation);
            }
        }

        return services;
    }
}
