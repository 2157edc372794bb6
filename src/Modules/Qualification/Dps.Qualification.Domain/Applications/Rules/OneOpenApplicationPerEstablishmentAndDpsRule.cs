using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

/// <summary>An establishment has one application at a time in a DPS; once it is decided, it may apply again.</summary>
internal sealed class OneOpenApplicationPerEstablishmentAndDpsRule(bool openApplicationExists) : IBusinessRule
{
    public string Message => "The establishment already has an undecided application to this DPS; revise that one instead.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => openApplicationExists;
}
