namespace Dps.Qualification.Domain.Applications;

public enum ApplicationStatus
{
    Draft,
    Submitted,
    UnderEvaluation,

    /// <summary>Decided, with at least one category admitted.</summary>
    Admitted,

    /// <summary>Decided, with every category rejected; the supplier may reapply at any time.</summary>
    Rejected,
}
