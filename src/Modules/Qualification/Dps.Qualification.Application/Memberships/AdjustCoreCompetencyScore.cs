using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>Moves the core competency score up or down (within 0–100) after a performance review.</summary>
public sealed record AdjustCoreCompetencyScore(Guid MembershipId, decimal Adjustment, string Reason, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

internal sealed class AdjustCoreCompetencyScoreValidator : AbstractValidator<AdjustCoreCompetencyScore>
{
    public AdjustCoreCompetencyScoreValidator()
    {
        RuleFor(c => c.Adjustment).NotEqual(0m).WithMessage("'Adjustment' must move the score up or down.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipChange.MaxReasonLength);
    }
}

internal sealed class AdjustCoreCompetencyScoreHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<AdjustCoreCompetencyScore, MembershipResponse>
{
    public Task<MembershipResponse> Handle(AdjustCoreCompetencyScore command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, membership =>
            membership.AdjustScore(command.Adjustment, command.Reason, actor.Id, clock.UtcNow), cancellationToken);
}
