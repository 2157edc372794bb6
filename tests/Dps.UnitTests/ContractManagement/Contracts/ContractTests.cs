using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.UnitTests.ContractManagement.Contracts;

public sealed class ContractTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static Contract Awarded(FundingModel? fundingModel = null) => Contract.FromAward(
        Guid.NewGuid(),
        Guid.NewGuid(),
        new ContractParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
        new ContractAward(Guid.NewGuid(), ContractRoute.Competition, Guid.NewGuid(), Now, null),
        new ContractTerms("WSCC-20260001", new Money(3000m, "GBP"), ContractPriceBasis.Week, [], new DateOnly(2027, 1, 4), 39, 1, fundingModel),
        Now);

    private static void Refused(string rule, TestDelegate action) =>
        Assert.That(Assert.Throws<BusinessRuleValidationException>(action)!.RuleName, Is.EqualTo(rule));

    [Test]
    public void The_term_ends_the_day_before_its_last_week_is_out()
    {
        Assert.That(Awarded().Terms.EndDate, Is.EqualTo(new DateOnly(2027, 10, 3)));
    }

    [Test]
    public void A_contract_with_a_funding_model_is_a_call_off_else_a_placement_agreement()
    {
        var callOff = Awarded(new FundingModel(Guid.NewGuid(), 30m, 70m, 0m, 4, 13));

        Assert.Multiple(() =>
        {
            Assert.That(callOff.Kind, Is.EqualTo(ContractKind.CallOff));
            Assert.That(Awarded().Kind, Is.EqualTo(ContractKind.IndividualPlacementAgreement));
            Assert.That(Awarded().Status, Is.EqualTo(ContractStatus.Active));
        });
    }

    [TestCase("2027-01-04")]
    [TestCase("2027-10-03")]
    public void It_completes_on_any_day_of_its_term(string day)
    {
        var contract = Awarded();

        contract.Complete(DateOnly.Parse(day), Now);

        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Completed));
        Assert.That(contract.CompletedOn, Is.EqualTo(DateOnly.Parse(day)));
    }

    [TestCase("2027-01-03")]
    [TestCase("2027-10-04")]
    public void It_neither_completes_nor_terminates_outside_its_term(string day)
    {
        var contract = Awarded();

        Refused("ContractEndsWithinItsTerm", () => contract.Complete(DateOnly.Parse(day), Now));
        Refused("ContractEndsWithinItsTerm", () => contract.Terminate(DateOnly.Parse(day), "Moved away", Now));
        Assert.That(contract.Status, Is.EqualTo(ContractStatus.Active));
    }

    [Test]
    public void A_terminated_contract_changes_no_more()
    {
        var contract = Awarded();
        contract.Terminate(new DateOnly(2027, 3, 1), "Placement breakdown", Now);

        Refused("ContractMustBeActive", () => contract.Complete(new DateOnly(2027, 3, 2), Now));
        Refused("ContractMustBeActive", () => contract.Terminate(new DateOnly(2027, 3, 2), "Again", Now));
        Assert.That(contract.TerminationReason, Is.EqualTo("Placement breakdown"));
    }
}
