using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class ReinstatementNeedsAResubmissionRule(Resubmission? resubmission) : IBusinessRule
{
    public string Message => "The supplier has not resubmitted the failed criteria yet.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => resubmission is null;
}
