using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The manager dismisses a suspension request, with a reason; the member stays as it is.</summary>
public sealed record DismissRequestedSuspension(Guid MembershipId, Guid RequestId, string Reason, uint? ExpectedVersion) : ICommand<MembershipResponse>;

internal sealed class DismissRequestedSuspensionValidator : AbstractValidator<DismissRequestedSuspension>
{
    public DismissRequestedSuspensionValidator()
    {
        RuleFor(c => c.RequestId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipChange.MaxReasonLength);
    }
}

internal sealed class DismissRequestedSuspensionHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<DismissRequestedSuspension, MembershipResponse>
{
    public Task<MembershipResponse> Handle(DismissRequestedSuspension command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, membership =>
            membership.DismissRequestedSuspension(membership.RequestedSuspensionOf(command.RequestId), command.Reason.Trim(), actor.Id, clock.UtcNow),
            cancellationToken);
}
