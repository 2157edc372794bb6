using System.ComponentModel;
using Dps.BuildingBlocks.Application.Audit;
using Dps.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Dps.Api.Audit;

/// <summary>Recompute the hash chain of every module's audit trail.</summary>
public sealed record VerifyAuditTrail : IQuery<AuditTrailVerification>;

/// <summary>Whether every module's audit chain is intact, and what was found in each.</summary>
public sealed record AuditTrailVerification(
    [property: Description("Whether every module's audit chain is intact.")] bool Intact,
    [property: Description("What recomputing each module's chain found, one report per module.")] IReadOnlyList<AuditChainReport> Modules);

/// <summary>Each store verifies its own chain, one after the other, each reading its entries as a stream.</summary>
internal sealed class VerifyAuditTrailHandler(IEnumerable<IAuditChainVerifier> verifiers) : IRequestHandler<VerifyAuditTrail, AuditTrailVerification>
{
    public async Task<AuditTrailVerification> Handle(VerifyAuditTrail query, CancellationToken cancellationToken)
    {
        var modules = new List<AuditChainReport>();
        foreach (var verifier in verifiers)
        {
            modules.Add(await verifier.VerifyAsync(cancellationToken));
        }

        return new AuditTrailVerification(modules.TrueForAll(m => m.Intact), modules);
    }
}
