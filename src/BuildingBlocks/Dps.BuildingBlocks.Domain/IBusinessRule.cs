namespace Dps.BuildingBlocks.Domain;

/// <summary>One named rule of the domain; an aggregate checks it before it changes.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }

    /// <summary>What problem documents call the rule: its class name without the "Rule" suffix.</summary>
    string Name => BusinessRuleValidationException.NameOf(GetType());

    /// <summary>Conflict for rules about the current state (409); Unprocessable for everything else (422).</summary>
    BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}

public enum BusinessRuleKind
{
    Unprocessable,
    Conflict,
}
