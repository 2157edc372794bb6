using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>Removal at the supplier's request (or the manager's).</summary>
public sealed record RemoveMembership(Guid MembershipId, string Reason, uint? ExpectedVersion) : ICommand<MembershipResponse>;

internal sealed class RemoveMembershipValidator : AbstractValidator<RemoveMembership>
{
    public RemoveMembershipValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipChange.MaxReasonLength);
}

internal sealed class RemoveMembershipHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<RemoveMembership, MembershipResponse>
{
    public Task<MembershipResponse> Handle(RemoveMembership command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, membership =>
            membership.Remove(command.Reason), cancellationToken);
}
