using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

/// <summary>An establishment that is already a member (active or suspended) of a category does not apply to it again.</summary>
internal sealed class NotAlreadyAMemberOfTheCategoryRule(IReadOnlyCollection<Guid> memberOf, IReadOnlyList<Guid> requested) : IBusinessRule
{
    public string Message => $"The establishment is already a member of: {string.Join(", ", requested.Intersect(memberOf))}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => requested.Intersect(memberOf).Any();
}
