using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Application.Categories;
using Dps.Qualification.Domain.Memberships;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The manager confirms a suspension request: the member is suspended for the request's criterion.</summary>
public sealed record ConfirmRequestedSuspension(Guid MembershipId, Guid RequestId, uint? ExpectedVersion) : ICommand<MembershipResponse>;

internal sealed class ConfirmRequestedSuspensionValidator : AbstractValidator<ConfirmRequestedSuspension>
{
    public ConfirmRequestedSuspensionValidator() => RuleFor(c => c.RequestId).NotEmpty();
}

internal sealed class ConfirmRequestedSuspensionHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<ConfirmRequestedSuspension, MembershipResponse>
{
    public Task<MembershipResponse> Handle(ConfirmRequestedSuspension command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, async membership =>
        {
            var request = membership.RequestedSuspensionOf(command.RequestId);
            var category = await db.Categories.GetAsync(membership.DpsId.Value, membership.CategoryId.Value, cancellationToken);
            membership.ConfirmRequestedSuspension(request, [.. category.Criteria.PassFailCriteria.Select(c => c.Code)], actor.Id, clock.UtcNow);
        }, cancellationToken);
}

internal static class RequestedSuspensions
{
    public static RequestedSuspension RequestedSuspensionOf(this Membership membership, Guid requestId) =>
        membership.RequestedSuspensions.SingleOrDefault(r => r.RequestId == requestId) ?? throw new NotFoundException("Suspension request", requestId);
}
