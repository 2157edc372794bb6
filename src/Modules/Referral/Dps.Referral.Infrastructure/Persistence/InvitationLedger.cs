using Dps.Referral.Application.Invitations;
using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Infrastructure.Feed;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Dps.Referral.Infrastructure.Persistence;

/// <summary>
/// Binary COPY of a round's rows, and of its invitations' feed entries, on the command's connection, so inside its transaction. The rows are written with the
/// synchronous calls: they fill Npgsql's buffer, and an await per value cost more than the copy itself.
/// </summary>
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
                copy.StartRow();
                copy.Write(i.Id.Value, NpgsqlDbType.Uuid);
                copy.Write(i.ReferralId.Value, NpgsqlDbType.Uuid);
                copy.Write(i.EstablishmentId, NpgsqlDbType.Uuid);
                copy.Write(i.SupplierId, NpgsqlDbType.Uuid);
                copy.Write(i.EstablishmentName, NpgsqlDbType.Varchar);
                copy.Write(i.Round, NpgsqlDbType.Integer);
                copy.Write(i.DistanceMiles, NpgsqlDbType.Numeric);
                copy.Write(i.NeedsMet, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(i.NeedsNotMet, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(i.FeaturesOffered, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(i.FeaturesNotOffered, NpgsqlDbType.Array | NpgsqlDbType.Text);
                copy.Write(i.InvitedAt, NpgsqlDbType.TimestampTz);
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
                copy.StartRow();
                copy.Write(d.ReferralId.Value, NpgsqlDbType.Uuid);
                copy.Write(d.Round, NpgsqlDbType.Integer);
                copy.Write(d.EstablishmentId, NpgsqlDbType.Uuid);
                copy.Write(d.SupplierId, NpgsqlDbType.Uuid);
                copy.Write(d.EstablishmentName, NpgsqlDbType.Varchar);
                copy.Write(d.Decision.ToString(), NpgsqlDbType.Varchar);
                copy.Write(d.DistanceMiles, NpgsqlDbType.Numeric);
                copy.Write(d.DecidedAt, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        if (invitations.Count > 0)
        {
            await FeedCopy.WriteAsync(connection, invitations.Select(i => InvitationFeedSource.NoticeOf(i, "created")), invitations[0].InvitedAt, cancellationToken);
        }
    }
}
