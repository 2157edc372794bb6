using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using Dps.Qualification.IntegrationEvents.Requests;

namespace Dps.IntegrationTests.Qualification;

/// <summary>Qualification's public requests, sent through the host's MediatR as Referral sends them.</summary>
public sealed class QualificationRequestTests : ApiTest
{
    [Test]
    public async Task A_purchasing_category_names_its_dps_the_authorities_taking_part_and_the_scheme_currency()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var dps = await (await scenario.Manager.GetAsync($"/api/v1/dps/{scenario.DpsId}")).JsonAsync();

        var category = await Api.SendAsync(new FindPurchasingCategory(scenario.Residential));

        Assert.That(category, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(category!.CategoryId, Is.EqualTo(scenario.Residential));
            Assert.That(category.CategoryName, Is.EqualTo("Residential care"));
            Assert.That(category.DpsId, Is.EqualTo(scenario.DpsId));
            Assert.That(category.DpsReference, Is.EqualTo(dps.Text("reference")));
            Assert.That(category.AuthorityIds, Is.EquivalentTo(new[] { Requests.LeadAuthorityId, Requests.PartnerAuthorityId }));
            Assert.That(category.Currency, Is.EqualTo("GBP"));
        });
    }

    [Test]
    public async Task A_purchasing_categorys_authorities_follow_the_dps_participants()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var joining = Guid.NewGuid();
        await scenario.Manager.SetParticipantsAsync(scenario.DpsId, joining);

        var category = await Api.SendAsync(new FindPurchasingCategory(scenario.Sen));

        Assert.That(category?.AuthorityIds, Is.EquivalentTo(new[] { Requests.LeadAuthorityId, joining }));
    }

    [Test]
    public async Task An_unknown_category_is_no_purchasing_category() =>
        Assert.That(await Api.SendAsync(new FindPurchasingCategory(Guid.NewGuid())), Is.Null);

    [Test]
    public async Task Qualified_terms_are_the_costs_discounts_and_current_score_of_the_membership()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        (await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/score-adjustments", new { adjustment = -8.5m, reason = "Review" }))
            .EnsureSuccessStatusCode();

        var terms = await Api.SendAsync(new FindQualifiedTerms(scenario.EstablishmentId, scenario.Sen));

        Assert.That(terms, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(terms!.MembershipId, Is.EqualTo(membership.Id()));
            Assert.That(terms.EstablishmentId, Is.EqualTo(scenario.EstablishmentId));
            Assert.That(terms.SupplierId, Is.EqualTo(scenario.SupplierId));
            Assert.That(terms.CategoryId, Is.EqualTo(scenario.Sen));
            Assert.That(terms.Standing, Is.EqualTo("Active"));
            Assert.That(terms.CoreCosts, Is.EqualTo(new[]
            {
                new QualifiedCoreCost("PREMISES", new Money(1200m, "GBP")),
                new QualifiedCoreCost("STAFFING", new Money(1500m, "GBP")),
            }));
            Assert.That(terms.CohortDiscountPercent, Is.EqualTo(5m));
            Assert.That(terms.SiblingDiscountPercent, Is.EqualTo(10m));
            Assert.That(terms.CoreCompetencyScore, Is.EqualTo(59.5m));
            Assert.That(terms.Currency, Is.EqualTo("GBP"));
        });
    }

    [Test]
    public async Task Qualified_terms_stand_suspended_then_removed_as_the_membership_does()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var path = $"/api/v1/memberships/{membership.Id()}";

        (await scenario.Manager.PostAsJsonAsync($"{path}/suspend", new { failedCriteria = new[] { "PF1" }, reason = "Insurance lapsed" }))
            .EnsureSuccessStatusCode();
        var suspended = await Api.SendAsync(new FindQualifiedTerms(scenario.EstablishmentId, scenario.Sen));
        (await scenario.Supplier.PostAsJsonAsync($"{path}/removal", new { reason = "Closing" })).EnsureSuccessStatusCode();
        var removed = await Api.SendAsync(new FindQualifiedTerms(scenario.EstablishmentId, scenario.Sen));

        Assert.That(suspended?.Standing, Is.EqualTo("Suspended"));
        Assert.That(removed?.Standing, Is.EqualTo("Removed"));
        Assert.That(removed?.MembershipId, Is.EqualTo(membership.Id()));
    }

    [Test]
    public async Task Qualified_terms_after_a_readmission_are_the_new_memberships()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var first = await scenario.AdmittedToSenAsync();
        (await scenario.Supplier.PostAsJsonAsync($"/api/v1/memberships/{first.Id()}/removal", new { reason = "Closing" })).EnsureSuccessStatusCode();

        var draft = await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen, premises: 1100m));
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.Created), await draft.Content.ReadAsStringAsync());
        var applicationId = (await draft.JsonAsync()).Id();
        (await scenario.Supplier.PostAsync($"/api/v1/applications/{applicationId}/submit", null)).EnsureSuccessStatusCode();
        (await scenario.EvaluateAsync(applicationId, scenario.Sen)).EnsureSuccessStatusCode();
        (await scenario.Manager.PostAsync($"/api/v1/applications/{applicationId}/decision", null)).EnsureSuccessStatusCode();

        var terms = await Api.SendAsync(new FindQualifiedTerms(scenario.EstablishmentId, scenario.Sen));

        Assert.That(terms?.MembershipId, Is.Not.EqualTo(first.Id()));
        Assert.That(terms?.Standing, Is.EqualTo("Active"));
        Assert.That(terms?.CoreCosts[0].Amount, Is.EqualTo(new Money(1100m, "GBP")));
    }

    [Test]
    public async Task An_establishment_never_admitted_to_the_category_has_no_terms()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        await scenario.AdmittedToSenAsync();

        Assert.That(await Api.SendAsync(new FindQualifiedTerms(scenario.EstablishmentId, scenario.Residential)), Is.Null, "rejected for Residential care");
        Assert.That(await Api.SendAsync(new FindQualifiedTerms(Guid.NewGuid(), scenario.Sen)), Is.Null);
    }
}
