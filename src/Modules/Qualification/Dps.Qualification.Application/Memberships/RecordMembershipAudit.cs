using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The annual audit; the next is due a year later.</summary>
public sealed record RecordMembershipAudit(Guid MembershipId, DateOnly? AuditedOn, bool Passed, string? Notes, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

internal sealed class RecordMembershipAuditValidator : AbstractValidator<RecordMembershipAudit>
{
    public RecordMembershipAuditValidator()
    {
        RuleFor(c => c.AuditedOn).NotNull();
        RuleFor(c => c.Notes).MaximumLength(MembershipChange.MaxReasonLength);
    }
}

internal sealed class RecordMembershipAuditHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock, IOptions<QualificationScheme> scheme)
    : IRequestHandler<RecordMembershipAudit, MembershipResponse>
{
    public Task<MembershipResponse> Handle(RecordMembershipAudit command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, membership =>
            membership.RecordAudit(command.AuditedOn!.Value, command.Passed, command.Notes, actor.Id, clock.Today, scheme.Value.AuditIntervalMonths),
            cancellationToken);
}
