using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>A buyer of the contract's authority verifies a milestone claim (it is paid) or rejects it with a reason.</summary>
public sealed record DecideMilestoneClaim(Guid ContractId, Guid ClaimId, bool Verify, string? Reason) : ICommand<MilestoneClaimResponse>;

internal sealed class DecideMilestoneClaimValidator : AbstractValidator<DecideMilestoneClaim>
{
    public DecideMilestoneClaimValidator() => When(c => !c.Verify, () => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000));
}

internal sealed class DecideMilestoneClaimHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<DecideMilestoneClaim, MilestoneClaimResponse>
{
    public async Task<MilestoneClaimResponse> Handle(DecideMilestoneClaim command, CancellationToken cancellationToken)
    {
        var contract = await db.GetOwnForUpdateAsync(actor, command.ContractId, cancellationToken);
        var claim = await db.MilestoneClaims.SingleOrDefaultAsync(c => c.Id == MilestoneClaimId.From(command.ClaimId) && c.ContractId == contract.Id, cancellationToken)
            ?? throw new NotFoundException("Milestone claim", command.ClaimId);
        var now = clock.GetUtcNow();
        var decided = command.Verify ? claim.Verify(actor.Id, now) : claim.Reject(actor.Id, command.Reason!, now);
        db.MilestoneClaims.Entry(claim).CurrentValues.SetValues(decided);
        await db.SaveChangesAsync(cancellationToken);
        return MilestoneClaimResponse.From(decided);
    }
}
