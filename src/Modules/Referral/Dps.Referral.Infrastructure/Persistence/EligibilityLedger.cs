using Dps.Referral.Application.Invitations;
using Dps.Referral.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Dps.Referral.Infrastructure.Persistence;

/// <summary>One INSERT of the round's decisions from arrays (unnest), in the command's transaction.</summary>
internal sealed class EligibilityLedger(ReferralDbContext db) : IEligibilityLedger
{
    private const string Insert = $"""
        INSERT INTO {ReferralDbContext.SchemaName}.eligibility_decisions
            (referral_id, round, establishment_id, supplier_id, establishment_name, decision, distance_miles, decided_at)
        SELECT @referral_id, @round, e, s, n, d, m, @decided_at
        FROM unnest(@establishments, @suppliers, @names, @decisions, @distances) AS t(e, s, n, d, m)
        """;

    public async Task RecordAsync(IReadOnlyList<EligibilityDecision> decisions, CancellationToken cancellationToken)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        var first = decisions[0];
        await db.Database.ExecuteSqlRawAsync(
            Insert,
            [
                new NpgsqlParameter("referral_id", first.ReferralId.Value),
                new NpgsqlParameter("round", first.Round),
                new NpgsqlParameter("decided_at", first.DecidedAt),
                Array("establishments", NpgsqlDbType.Uuid, decisions.Select(d => d.EstablishmentId)),
                Array("suppliers", NpgsqlDbType.Uuid, decisions.Select(d => d.SupplierId)),
                Array("names", NpgsqlDbType.Text, decisions.Select(d => d.EstablishmentName)),
                Array("decisions", NpgsqlDbType.Text, decisions.Select(d => d.Decision.ToString())),
                Array("distances", NpgsqlDbType.Numeric, decisions.Select(d => d.DistanceMiles)),
            ],
            cancellationToken);
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
