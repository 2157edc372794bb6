using Dps.Referral.Application;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.Referrals;

namespace Dps.UnitTests.Referral;

public sealed class WeightsValidatorTests
{
    private static readonly WeightsValidator Validator = new(new ReferralOptions.WeightLimits());

    [TestCase(30)]
    [TestCase(70)]
    public void The_price_weight_may_be_at_either_end_of_the_split(decimal price) =>
        Assert.That(Validator.Validate(new EvaluationWeights(price, 100 - price - 20, 0, 5, 15, 0)).IsValid, Is.True);

    [TestCase(29.99)]
    [TestCase(70.01)]
    public void The_price_weight_outside_50_plus_or_minus_20_names_the_field(decimal price) =>
        Assert.That(FieldsOf(new EvaluationWeights(price, 100 - price, 0, 0, 0, 0)), Is.EqualTo(new[] { "Price" }));

    [Test]
    public void Core_competency_above_20_and_location_above_5_name_their_fields() =>
        Assert.That(FieldsOf(new EvaluationWeights(50, 23.99m, 0, 5.01m, 20.01m, 0.99m)), Is.EquivalentTo(new[] { "CoreCompetency", "Location" }));

    [Test]
    public void The_limits_are_configuration()
    {
        var strict = new WeightsValidator(new ReferralOptions.WeightLimits { MinPrice = 40, MaxPrice = 60, MaxCoreCompetency = 10, MaxLocation = 2 });

        var result = strict.Validate(new EvaluationWeights(35, 45, 0, 5, 15, 0));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "Price", "Location", "CoreCompetency" }));
    }

    private static IEnumerable<string> FieldsOf(EvaluationWeights weights) => Validator.Validate(weights).Errors.Select(e => e.PropertyName);
}
