using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>A contract's outcome measures and what its supplier reported, for whoever may read the contract.</summary>
public sealed record GetContractOutcomes(Guid ContractId) : IQuery<ContractOutcomesResponse>;

internal sealed class GetContractOutcomesHandler(IContractManagementDb db, ICurrentActor actor, OutcomeMeasures measures)
    : IRequestHandler<GetContractOutcomes, ContractOutcomesResponse>
{
    public async Task<ContractOutcomesResponse> Handle(GetContractOutcomes query, CancellationToken cancellationToken)
    {
        var contract = await db.GetReadableAsync(actor, query.ContractId, cancellationToken);
        var reports = await db.OutcomeReports.AsNoTracking().Where(r => r.ContractId == contract.Id).ToListAsync(cancellationToken);
        return new ContractOutcomesResponse(
            contract.Id.Value,
            contract.Status,
            contract.CompletedOn,
            [.. measures.For(contract).Select(m => new ContractOutcomeResponse(
                m.Code,
                m.Name,
                OutcomeExpectationResponse.From(m.Expectation),
                contract.CompletedOn is { } completedOn ? m.DueBy(completedOn) : null,
                reports.SingleOrDefault(r => r.Measure == m.Code) is { } report ? OutcomeReportResponse.From(report) : null))]);
    }
}
