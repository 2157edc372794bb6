namespace Dps.Qualification.Domain.Applications;

/// <summary>When the manager must decide: N working days after submission, extendable once with a recorded justification.</summary>
public sealed record DecisionDeadline(DateOnly SubmittedOn, DateOnly DueOn, string? ExtensionJustification)
{
    public bool IsExtended => ExtensionJustification is not null;
}
