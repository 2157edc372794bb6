using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;

namespace Dps.ContractManagement.Domain.Outcomes;

/// <summary>
/// The supplier's report of one outcome measure on a completed contract — met or not, with the evidence — once per
/// contract and measure. Immutable.
/// </summary>
public sealed record OutcomeReport
{
    private OutcomeReport()
    {
    }

    public OutcomeReportId Id { get; private init; }

    public ContractId ContractId { get; private init; }

    /// <summary>The measure's code, e.g. <c>ActionPlan</c>.</summary>
    public string Measure { get; private init; } = null!;

    public bool Met { get; private init; }

    public ClaimEvidence Evidence { get; private init; } = null!;

    public string ReportedBy { get; private init; } = null!;

    public DateTimeOffset ReportedAt { get; private init; }

    internal static OutcomeReport Make(ContractId contractId, OutcomeMeasure measure, bool met, ClaimEvidence evidence, string reportedBy, DateTimeOffset now) => new()
    {
        Id = OutcomeReportId.New(),
        ContractId = contractId,
        Measure = measure.Code,
        Met = met,
        Evidence = evidence,
        ReportedBy = reportedBy,
        ReportedAt = now,
    };
}
