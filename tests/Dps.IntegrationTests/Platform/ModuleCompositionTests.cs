using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dps.IntegrationTests.Platform;

/// <summary>A module runs only what it has content for: the empty modules have a schema and nothing else running.</summary>
public sealed class ModuleCompositionTests : ApiTest
{
    [Test]
    public void A_module_that_publishes_nothing_runs_no_outbox_processor()
    {
        var processed = Api.Services.GetServices<IHostedService>()
            .Select(s => s.GetType())
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition().Name == "OutboxProcessor`1")
            .Select(t => t.GetGenericArguments().Single());

        Assert.That(processed, Is.EquivalentTo(new[] { Api.DbContextOf("qualification"), Api.DbContextOf("referral"), Api.DbContextOf("evaluation"), Api.DbContextOf("contract_management") }));
        Assert.That(Api.Services.GetServices<IOutboxDelivery>().Count(), Is.EqualTo(4));
    }

    [Test]
    public void Only_modules_that_publish_have_an_outbox_signal()
    {
        var signals = Api.Services.GetRequiredService<OutboxSignals>();

        Assert.That(signals.Of(Api.DbContextOf("qualification")), Is.Not.Null);
        Assert.That(signals.Of(Api.DbContextOf("referral")), Is.Not.Null);
        Assert.That(signals.Of(Api.DbContextOf("evaluation")), Is.Not.Null);
        Assert.That(
            new[] { "catalogue" }.Select(m => signals.Of(Api.DbContextOf(m))),
            Is.All.Null);
    }

    [Test]
    public async Task A_module_without_an_application_has_no_audit_trail_to_merge_and_the_platform_has_one()
    {
        await using var scope = Api.Services.CreateAsyncScope();

        var audited = scope.ServiceProvider.GetServices<IAuditTrailReader>().Select(r => r.GetType().GetGenericArguments().Single());

        Assert.That(audited, Is.EquivalentTo(new[] { Api.DbContextOf("platform"), Api.DbContextOf("qualification"), Api.DbContextOf("catalogue"), Api.DbContextOf("referral"), Api.DbContextOf("evaluation"), Api.DbContextOf("contract_management") }));
    }
}
