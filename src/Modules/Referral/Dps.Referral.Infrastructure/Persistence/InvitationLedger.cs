using Dps.Referral.Application.Invitations;
using Dps.Referral.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Dps.Referral.Infrastructure.Persistence;

/// <summary>Binary COPY of a round's rows on the command's connection, so inside its transaction.</summary>
internal sealed class InvitationLedger(ReferralDbContext db) : IInvitationLedger
{
    private const string Schema = ReferralDbContext.SchemaName;

    public async Task WriteAsync(IReadOnlyList<Invitation> invitations, IReadOnlyList<EligibilityDecision> decisions, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"""
            COPY {Schema}.invitations (id, referral_id, establishment_id, supplier_id, establishment_name, round, distance_miles,
                needs_met, needs_not_met, features_offered, features_not_offered, invited_at) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken))
        {
            foreach (var i in invitations)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(i.Id.Value, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(i.ReferralId.Value, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(i.EstablishmentId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(i.SupplierId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(i.EstablishmentName, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(i.Round, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(i.DistanceMiles, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(i.NeedsMet, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(i.NeedsNotMet, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(i.FeaturesOffered, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(i.FeaturesNotOffered, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(i.InvitedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"""
            COPY {Schema}.eligibility_decisions (referral_id, round, establishment_id, supplier_id, establishment_name, decision,
                distance_miles, decided_at) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken))
        {
            foreach (var d in decisions)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(d.ReferralId.Value, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(d.Round, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(d.EstablishmentId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(d.SupplierId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(d.EstablishmentName, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(d.Decision.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(d.DistanceMiles, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(d.DecidedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }
}
