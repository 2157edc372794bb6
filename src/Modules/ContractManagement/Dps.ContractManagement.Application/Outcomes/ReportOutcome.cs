using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Outcomes;

/// <summary>The contract's supplier reports one of its outcome measures on the completed contract — met or not — with evidence.</summary>
public sealed record ReportOutcome(Guid ContractId, string Measure, bool Met, string Evidence, string Reference) : ICommand<OutcomeReportResponse>;

internal sealed class ReportOutcomeValidator : AbstractValidator<ReportOutcome>
{
    public ReportOutcomeValidator()
    {
        RuleFor(c => c.Measure).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Evidence).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(200);
    }
}

internal sealed class ReportOutcomeHandler(IContractManagementDb db, ICurrentActor actor, OutcomeMeasures measures, TimeProvider clock)
    : IRequestHandler<ReportOutcome, OutcomeReportResponse>
{
    public async Task<OutcomeReportResponse> Handle(ReportOutcome command, CancellationToken cancellationToken)
    {
        var contract = await db.GetSuppliedForUpdateAsync(actor, command.ContractId, cancellationToken);
        var reported = await db.OutcomeReports.Where(r => r.ContractId == contract.Id).Select(r => r.Measure).ToListAsync(cancellationToken);
        var report = contract.ReportOutcome(
            measures.For(contract), reported, command.Measure.Trim(), command.Met, new ClaimEvidence(command.Evidence.Trim(), command.Reference.Trim()), actor.Id, clock.GetUtcNow());
        db.OutcomeReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return OutcomeReportResponse.From(report);
    }
}
