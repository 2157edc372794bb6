using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Applications;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The manager re-evaluates only the failed criteria; if all pass the member is reinstated.</summary>
public sealed record ReEvaluateReinstatement(Guid MembershipId, IReadOnlyList<PassFailDecision> Decisions, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

internal sealed class ReEvaluateReinstatementValidator : AbstractValidator<ReEvaluateReinstatement>
{
    public ReEvaluateReinstatementValidator()
    {
        RuleFor(c => c.Decisions).NotEmpty();
        RuleForEach(c => c.Decisions).NotNull().ChildRules(decision => decision.RuleFor(d => d.CriterionCode).NotEmpty());
    }
}

internal sealed class ReEvaluateReinstatementHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ReEvaluateReinstatement, MembershipResponse>
{
    public Task<MembershipResponse> Handle(ReEvaluateReinstatement command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, membership =>
            membership.ReEvaluate(command.Decisions, actor.Id, clock.UtcNow), cancellationToken);
}
