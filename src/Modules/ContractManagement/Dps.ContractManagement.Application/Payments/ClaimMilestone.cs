using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>The contract's supplier claims a milestone with evidence; for a job outcome, the day the participant started work.</summary>
public sealed record ClaimMilestone(Guid ContractId, MilestoneKind Kind, string Evidence, string Reference, DateOnly? InWorkFrom) : ICommand<MilestoneClaimResponse>;

internal sealed class ClaimMilestoneValidator : AbstractValidator<ClaimMilestone>
{
    public ClaimMilestoneValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Evidence).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(200);
    }
}

internal sealed class ClaimMilestoneHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<ClaimMilestone, MilestoneClaimResponse>
{
    public async Task<MilestoneClaimResponse> Handle(ClaimMilestone command, CancellationToken cancellationToken)
    {
        var contract = await db.GetSuppliedForUpdateAsync(actor, command.ContractId, cancellationToken);

        var earlier = await db.MilestoneClaims.Where(c => c.ContractId == contract.Id && c.Kind == command.Kind).ToListAsync(cancellationToken);
        var claim = contract.ClaimMilestone(earlier, command.Kind, new ClaimEvidence(command.Evidence, command.Reference), command.InWorkFrom, actor.Id, clock.GetUtcNow());
        db.MilestoneClaims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return MilestoneClaimResponse.From(claim);
    }
}
