using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Referral;

public sealed class ClarificationApiTests : ApiTest
{
    [Test]
    public async Task A_public_answer_reaches_every_invitee_without_naming_who_asked()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);
        var question = await scenario.AskAsync(scenario.First, "Is home-to-school transport included in the price?");
        Assert.That(await scenario.QuestionsAsync(scenario.Second.Supplier), Is.Empty, "unanswered, another invitee's question is not shown");

        var answered = await scenario.AnswerAsync(scenario.Buyer, question.Id(), "No: the authority arranges transport.", "Public");

        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answered.Content.ReadAsStringAsync());
        var raw = await (await scenario.Second.Supplier.GetAsync(scenario.QuestionsPath)).Content.ReadAsStringAsync();
        var seen = (await scenario.QuestionsAsync(scenario.Second.Supplier)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(seen.Text("question"), Is.EqualTo("Is home-to-school transport included in the price?"));
            Assert.That(seen.Text("answer"), Is.EqualTo("No: the authority arranges transport."));
            Assert.That(seen["askedByYou"]!.GetValue<bool>(), Is.False);
            Assert.That(seen["askerSupplierId"], Is.Null);
            Assert.That(seen["askerEstablishmentId"], Is.Null);
            Assert.That(raw, Does.Not.Contain(scenario.First.SupplierId.ToString()).And.Not.Contain(scenario.First.EstablishmentId.ToString())
                .And.Not.Contain("Ash House"));
        });
        var single = await scenario.Second.Supplier.GetAsync($"{scenario.QuestionsPath}/{question.Id()}");
        Assert.That(await single.Content.ReadAsStringAsync(), Does.Not.Contain(scenario.First.SupplierId.ToString()).And.Not.Contain("Ash House"));

        var byBuyer = (await scenario.QuestionsAsync(scenario.Buyer)).Single();
        var byAsker = (await scenario.QuestionsAsync(scenario.First.Supplier)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(byBuyer["askerSupplierId"]!.GetValue<Guid>(), Is.EqualTo(scenario.First.SupplierId));
            Assert.That(byBuyer["askerEstablishmentId"]!.GetValue<Guid>(), Is.EqualTo(scenario.First.EstablishmentId));
            Assert.That(byBuyer.Text("askerEstablishmentName"), Is.EqualTo("Ash House"));
            Assert.That(byAsker["askedByYou"]!.GetValue<bool>(), Is.True);
            Assert.That(byAsker.Text("visibility"), Is.EqualTo("Public"));
        });
    }

    [Test]
    public async Task A_private_answer_is_read_only_by_the_asker()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);
        var question = await scenario.AskAsync(scenario.First, "Can the start date move by a week?");

        (await scenario.AnswerAsync(scenario.Buyer, question.Id(), "Yes, for your establishment.", "Private")).EnsureSuccessStatusCode();

        Assert.That((await scenario.QuestionsAsync(scenario.First.Supplier)).Single().Text("answer"), Is.EqualTo("Yes, for your establishment."));
        Assert.That(await scenario.QuestionsAsync(scenario.Second.Supplier), Is.Empty);
        Assert.That((await scenario.Second.Supplier.GetAsync($"{scenario.QuestionsPath}/{question.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var auditor = await AsAsync(DpsRoles.Auditor);
        Assert.That((await scenario.QuestionsAsync(auditor)).Single()["askerSupplierId"]!.GetValue<Guid>(), Is.EqualTo(scenario.First.SupplierId));
    }

    [Test]
    public async Task A_supplier_not_invited_cannot_ask_or_read_the_questions()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);
        var uninvited = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var asked = await uninvited.PostAsJsonAsync(scenario.QuestionsPath, new { text = "May we bid?" });
        var naming = await scenario.First.Supplier.PostAsJsonAsync(
            scenario.QuestionsPath, new { establishmentId = scenario.Second.EstablishmentId, text = "Asked for another's establishment" });

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await asked.Content.ReadAsStringAsync());
        Assert.That(naming.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await naming.Content.ReadAsStringAsync());
        Assert.That((await uninvited.GetAsync(scenario.QuestionsPath)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_buyer_of_another_authority_cannot_answer_and_a_question_is_answered_once()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);
        var question = await scenario.AskAsync(scenario.Second, "Asked without naming?");
        var partner = await AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);

        var foreign = await scenario.AnswerAsync(partner, question.Id(), "Not ours to answer.", "Public");
        (await scenario.AnswerAsync(scenario.Buyer, question.Id(), "First answer.", "Public")).EnsureSuccessStatusCode();
        var again = await scenario.AnswerAsync(scenario.Buyer, question.Id(), "Second answer.", "Private");

        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await foreign.Content.ReadAsStringAsync());
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await again.Content.ReadAsStringAsync());
        Assert.That((await again.JsonAsync()).Text("rule"), Is.EqualTo("ClarificationMayBeAnsweredOnce"));
        Assert.That((await scenario.QuestionsAsync(scenario.First.Supplier)).Single().Text("answer"), Is.EqualTo("First answer."));
    }

    [Test]
    public async Task A_supplier_asks_without_naming_an_establishment_and_an_unknown_visibility_is_refused()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);

        var asked = await scenario.First.Supplier.PostAsJsonAsync(scenario.QuestionsPath, new { text = "Which school term does it start?" });
        var question = await asked.JsonAsync();
        var badVisibility = await scenario.AnswerAsync(scenario.Buyer, question.Id(), "Spring.", "Everyone");

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await scenario.First.Supplier.GetAsync(asked.Headers.Location)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(question["askerEstablishmentId"], Is.Null);
        Assert.That(badVisibility.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
