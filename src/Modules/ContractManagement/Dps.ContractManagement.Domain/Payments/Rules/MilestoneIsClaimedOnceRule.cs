using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>A milestone is paid once: it is claimed again only after its earlier claims were all rejected.</summary>
internal sealed class MilestoneIsClaimedOnceRule(MilestoneKind kind, IReadOnlyCollection<MilestoneClaim> earlierClaims) : IBusinessRule
{
    public string Message => $"The {kind} milestone is already claimed ({Standing!.Status}, claim {Standing.Id}).";

    public bool IsBroken() => Standing is not null;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    private MilestoneClaim? Standing => earlierClaims.FirstOrDefault(c => c.Kind == kind && c.Stands);
}
