namespace Dps.ContractManagement.Domain.Outcomes;

/// <summary>Where a measure stands against the category's expectation.</summary>
public enum MeasureStanding
{
    /// <summary>No completer is counted yet: nothing to measure.</summary>
    NotMeasured = 1,

    /// <summary>Measured, but the category sets no expectation for it.</summary>
    NoExpectation = 2,

    /// <summary>Under the expected minimum: the establishment (or category) is below expectation.</summary>
    Below = 3,

    /// <summary>Inside the expectation.</summary>
    Within = 4,

    /// <summary>Above the top of an expected range (e.g. more than 60% job outcomes).</summary>
    Exceeds = 5,
}
