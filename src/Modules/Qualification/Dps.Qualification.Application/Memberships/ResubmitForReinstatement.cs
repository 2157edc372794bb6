using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Applications;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The suspended supplier answers the failed criteria again, and only those.</summary>
public sealed record ResubmitForReinstatement(Guid MembershipId, IReadOnlyList<CriterionAnswer> Answers, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

internal sealed class ResubmitForReinstatementValidator : AbstractValidator<ResubmitForReinstatement>
{
    public ResubmitForReinstatementValidator()
    {
        RuleFor(c => c.Answers).NotEmpty();
        RuleForEach(c => c.Answers).NotNull().ChildRules(answer =>
        {
            answer.RuleFor(a => a.CriterionCode).NotEmpty();
            answer.RuleFor(a => a.Response).NotEmpty().MaximumLength(20_000);
            answer.RuleFor(a => a.EvidenceReferences).NotNull();
        });
    }
}

internal sealed class ResubmitForReinstatementHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ResubmitForReinstatement, MembershipResponse>
{
    public Task<MembershipResponse> Handle(ResubmitForReinstatement command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, membership =>
            membership.ResubmitFailedCriteria(command.Answers, clock.UtcNow), cancellationToken);
}
