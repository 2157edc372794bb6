using Dps.Catalogue.Application.Requests;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.IntegrationEvents.Requests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dps.Catalogue.Infrastructure.Persistence;

/// <summary>
/// Every member of the category in one SQL statement, measured and ordered in the database with the search's distance;
/// no bounding box, since the members beyond the limit are answered too. The limit is decided here on the distance read
/// back (a float8 read exactly), as the search decides it in SQL, so that the expression is computed once a row. Only the
/// members within the limit carry their profile's codes: the rest are answered by distance alone, which halves what is sent.
/// </summary>
internal sealed class CategoryMembers(CatalogueDbContext db) : ICategoryMembers
{
    private static readonly string Sql = $"""
        SELECT establishment_id, supplier_id, name, status,
               CASE WHEN distance <= @radius THEN needs ELSE ARRAY[]::text[] END,
               CASE WHEN distance <= @radius THEN features ELSE ARRAY[]::text[] END,
               distance
        FROM (
            SELECT l.establishment_id, l.supplier_id, l.name, l.status, l.needs, l.features, {GreatCircle.DistanceSql} AS distance
            FROM {CatalogueDbContext.SchemaName}.listed_establishments l
            WHERE l.category_id = @category_id AND l.status = ANY(@statuses)) m
        ORDER BY distance, name, establishment_id
        """;

    private static readonly string[] Members = [nameof(ListingStatus.Active), nameof(ListingStatus.Suspended)];

    public async Task<IReadOnlyList<CategoryMember>> FromAsync(
        Guid categoryId, double latitude, double longitude, double radiusMiles, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            GreatCircle.AddParameters(command, latitude, longitude, radiusMiles);
            command.Parameters.AddWithValue("category_id", categoryId);
            command.Parameters.AddWithValue("statuses", Members);

            var members = new List<CategoryMember>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var distance = reader.GetDouble(6);
                members.Add(new CategoryMember(
                    reader.GetGuid(0),
                    reader.GetGuid(1),
                    reader.GetString(2),
                    reader.GetString(3) == nameof(ListingStatus.Active),
                    (decimal)GreatCircle.Rounded(distance),
                    GreatCircle.IsWithin(distance, radiusMiles),
                    reader.GetFieldValue<string[]>(4),
                    reader.GetFieldValue<string[]>(5)));
            }

            return members;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
