using System.ComponentModel;

namespace Dps.BuildingBlocks.Application.Audit;

/// <summary>What recomputing one module's audit chain found: intact, or its first broken link and why.</summary>
/// <param name="Module">The module, as the audit trail's <c>module</c> names it.</param>
/// <param name="Entries">How many entries its trail holds.</param>
/// <param name="Intact">Whether every entry holds its own hash and follows the one before it.</param>
/// <param name="FirstBrokenEntryId">The first entry, in the order they were chained, that breaks the chain.</param>
/// <param name="Reason">Why it breaks the chain.</param>
/// <param name="HeadHash">The newest entry's hash, in hex: noted down, it shows later whether entries were removed from the end.</param>
public sealed record AuditChainReport(
    [property: Description("The module whose trail this is, as the audit trail's `module` names it, e.g. `qualification`.")] string Module,
    [property: Description("How many entries its trail holds.")] long Entries,
    [property: Description("Whether every entry holds its own hash and follows the one before it.")] bool Intact,
    Guid? FirstBrokenEntryId,
    [property: Description("Why the first broken entry breaks the chain (changed, entries before it removed, or replaced); null when the chain is intact.")] string? Reason,
    [property: Description("The newest entry's SHA-256 hash, in hex: noted down, it shows later whether entries were removed from the end; null when the trail is empty.")] string? HeadHash);

/// <summary>Recomputes one module's audit chain, reading its entries as a stream in the order they were chained.</summary>
public interface IAuditChainVerifier
{
    Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken);
}
