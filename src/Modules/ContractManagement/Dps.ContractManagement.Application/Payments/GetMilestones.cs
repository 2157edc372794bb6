using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>A call-off's milestones and their claims, for whoever may read the contract.</summary>
public sealed record GetMilestones(Guid ContractId) : IQuery<MilestonesResponse>;

internal sealed class GetMilestonesHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<GetMilestones, MilestonesResponse>
{
    public async Task<MilestonesResponse> Handle(GetMilestones query, CancellationToken cancellationToken)
    {
        var contract = await db.GetReadableAsync(actor, query.ContractId, cancellationToken);
        var schedule = contract.Schedule();
        var claims = await db.MilestoneClaims.AsNoTracking().Where(c => c.ContractId == contract.Id).OrderBy(c => c.ClaimedAt).ToListAsync(cancellationToken);
        var window = schedule?.JobOutcomeWindow;
        return new MilestonesResponse(
            contract.Id.Value,
            Money.From(contract.Terms.Price),
            window?.WeeksInWork ?? 0,
            window?.TrackingWindowWeeks ?? 0,
            [.. (schedule?.Milestones ?? []).Select(m => new MilestoneResponse(
                m.Kind, m.SharePercent, Money.From(m.Amount), [.. claims.Where(c => c.Kind == m.Kind).Select(MilestoneClaimResponse.From)]))]);
    }
}
