using Dps.ContractManagement.Application.Publications;
using FluentValidation;

namespace Dps.UnitTests.ContractManagement.Publications;

public sealed class AwardQuarterTests
{
    [TestCase("2026-Q1", "2026-01-01", "2026-04-01")]
    [TestCase("2026-Q2", "2026-04-01", "2026-07-01")]
    [TestCase("2026-Q3", "2026-07-01", "2026-10-01")]
    [TestCase("2026-Q4", "2026-10-01", "2027-01-01")]
    [TestCase("2000-Q1", "2000-01-01", "2000-04-01")]
    [TestCase("2999-Q4", "2999-10-01", "3000-01-01")]
    public void A_quarter_is_the_utc_instants_from_its_first_day_to_the_next_quarter_s(string text, string from, string until)
    {
        var quarter = AwardQuarter.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(quarter.From, Is.EqualTo(DateTimeOffset.Parse(from + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(quarter.Until, Is.EqualTo(DateTimeOffset.Parse(until + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(quarter.From.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(quarter.ToString(), Is.EqualTo(text));
        });
    }

    [Test]
    public void The_first_instant_is_in_the_quarter_and_the_next_quarter_s_first_is_not()
    {
        var quarter = AwardQuarter.Parse("2026-Q3");

        Assert.Multiple(() =>
        {
            Assert.That(quarter.Contains(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)), Is.True);
            Assert.That(quarter.Contains(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1)), Is.True);
            Assert.That(quarter.Contains(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)), Is.False);
            Assert.That(quarter.Contains(new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero)), Is.False);
            // 00:30 on 1 October in London (BST) is still 30 September, 23:30 UTC.
            Assert.That(quarter.Contains(new DateTimeOffset(2026, 10, 1, 0, 30, 0, TimeSpan.FromHours(1))), Is.True);
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2026")]
    [TestCase("2026-Q0")]
    [TestCase("2026-Q5")]
    [TestCase("2026-q3")]
    [TestCase("2026Q3")]
    [TestCase("2026-3")]
    [TestCase("26-Q3")]
    [TestCase("02026-Q3")]
    [TestCase(" 2026-Q3")]
    [TestCase("2026-Q3 ")]
    [TestCase("2026-Q3\n")]
    [TestCase("2026-Q3,2026-Q4")]
    [TestCase("2026-Q34")]
    [TestCase("1999-Q4")]
    [TestCase("3000-Q1")]
    [TestCase("９０２６-Q3")]
    [TestCase("2026-07")]
    public void Anything_but_a_year_and_quarter_is_refused(string? text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(AwardQuarter.TryParse(text, out _), Is.False);
            Assert.That(() => AwardQuarter.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("'quarter'"));
        });
    }

    [Test]
    public void A_query_s_validator_names_quarter_and_the_form_it_needs()
    {
        var validator = new InlineValidator<Query>();
        validator.RuleFor(q => q.Quarter).MustBeAwardQuarter();

        var refused = validator.Validate(new Query("2026-Q5"));
        var accepted = validator.Validate(new Query("2026-Q3"));

        Assert.Multiple(() =>
        {
            Assert.That(accepted.IsValid, Is.True);
            Assert.That(refused.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Quarter" }));
            Assert.That(refused.Errors[0].ErrorMessage, Does.Contain("'quarter'").And.Contain("YYYY-Qn").And.Contain("2026-Q3"));
        });
    }

    private sealed record Query(string? Quarter);
}
