using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.Categories;
using Dps.Qualification.Domain.Memberships;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Memberships;

/// <summary>Every membership command loads the member (suppliers only their own), checks If-Match, acts, saves.</summary>
internal sealed class MembershipCommandHandlers(IQualificationDb db, ICurrentActor actor, TimeProvider clock, IOptions<QualificationScheme> scheme)
    : IRequestHandler<SuspendMembership, MembershipResponse>,
      IRequestHandler<ResubmitForReinstatement, MembershipResponse>,
      IRequestHandler<ReEvaluateReinstatement, MembershipResponse>,
      IRequestHandler<RemoveMembership, MembershipResponse>,
      IRequestHandler<RecordMembershipAudit, MembershipResponse>,
      IRequestHandler<AdjustCoreCompetencyScore, MembershipResponse>
{
    private DateOnly Today => clock.Today(scheme.Value.Zone);

    public Task<MembershipResponse> Handle(SuspendMembership command, CancellationToken cancellationToken) =>
        ChangeAsync(command.MembershipId, command.ExpectedVersion, cancellationToken, async membership =>
        {
            var category = await db.Categories.GetAsync(membership.DpsId.Value, membership.CategoryId.Value, cancellationToken);
            var passFail = category.Criteria.PassFailCriteria.Select(c => c.Code).ToList();
            membership.Suspend(command.FailedCriteria, passFail, command.Reason, actor.Id, clock.GetUtcNow());
        });

    public Task<MembershipResponse> Handle(ResubmitForReinstatement command, CancellationToken cancellationToken) =>
        ChangeAsync(command.MembershipId, command.ExpectedVersion, cancellationToken, membership =>
            membership.ResubmitFailedCriteria(command.Answers, clock.GetUtcNow()));

    public Task<MembershipResponse> Handle(ReEvaluateReinstatement command, CancellationToken cancellationToken) =>
        ChangeAsync(command.MembershipId, command.ExpectedVersion, cancellationToken, membership =>
            membership.ReEvaluate(command.Decisions, actor.Id, clock.GetUtcNow()));

    public Task<MembershipResponse> Handle(RemoveMembership command, CancellationToken cancellationToken) =>
        ChangeAsync(command.MembershipId, command.ExpectedVersion, cancellationToken, membership => membership.Remove(command.Reason));

    public Task<MembershipResponse> Handle(RecordMembershipAudit command, CancellationToken cancellationToken) =>
        ChangeAsync(command.MembershipId, command.ExpectedVersion, cancellationToken, membership =>
            membership.RecordAudit(command.AuditedOn!.Value, command.Passed, command.Notes, actor.Id, Today, scheme.Value.AuditIntervalMonths));

    public Task<MembershipResponse> Handle(AdjustCoreCompetencyScore command, CancellationToken cancellationToken) =>
        ChangeAsync(command.MembershipId, command.ExpectedVersion, cancellationToken, membership =>
            membership.AdjustScore(command.Adjustment, command.Reason, actor.Id, clock.GetUtcNow()));

    private Task<MembershipResponse> ChangeAsync(Guid membershipId, uint? expectedVersion, CancellationToken cancellationToken, Action<Membership> change) =>
        ChangeAsync(membershipId, expectedVersion, cancellationToken, membership =>
        {
            change(membership);
            return Task.CompletedTask;
        });

    private async Task<MembershipResponse> ChangeAsync(
        Guid membershipId, uint? expectedVersion, CancellationToken cancellationToken, Func<Membership, Task> change)
    {
        var membership = await db.Memberships.GetVisibleAsync(membershipId, actor, cancellationToken);
        db.ExpectVersion(membership, expectedVersion);
        await change(membership);
        await db.SaveChangesAsync(cancellationToken);
        return MembershipResponse.From(membership, Today);
    }
}
