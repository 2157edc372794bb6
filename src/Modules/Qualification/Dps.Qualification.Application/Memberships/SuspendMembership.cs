using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Application.Categories;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Memberships;

/// <summary>The manager suspends a member for the criteria it no longer meets; it applies across all authorities.</summary>
public sealed record SuspendMembership(Guid MembershipId, IReadOnlyList<string> FailedCriteria, string Reason, uint? ExpectedVersion)
    : ICommand<MembershipResponse>;

internal sealed class SuspendMembershipValidator : AbstractValidator<SuspendMembership>
{
    public SuspendMembershipValidator()
    {
        RuleFor(c => c.FailedCriteria).NotEmpty()
            .Must(codes => codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == codes.Count).WithMessage("Name each failed criterion once.");
        RuleForEach(c => c.FailedCriteria).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(MembershipChange.MaxReasonLength);
    }
}

internal sealed class SuspendMembershipHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<SuspendMembership, MembershipResponse>
{
    public Task<MembershipResponse> Handle(SuspendMembership command, CancellationToken cancellationToken) =>
        db.ChangeMembershipAsync(actor, clock, command.MembershipId, command.ExpectedVersion, async membership =>
        {
            var category = await db.Categories.GetAsync(membership.DpsId.Value, membership.CategoryId.Value, cancellationToken);
            var passFail = category.Criteria.PassFailCriteria.Select(c => c.Code).ToList();
            membership.Suspend(command.FailedCriteria, passFail, command.Reason, actor.Id, clock.UtcNow);
        }, cancellationToken);
}
