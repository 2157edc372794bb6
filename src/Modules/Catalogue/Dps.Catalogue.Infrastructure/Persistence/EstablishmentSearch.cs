using System.Text;
using Dps.Catalogue.Application.Search;
using Dps.Catalogue.Domain.Listings;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Dps.Catalogue.Infrastructure.Persistence;

/// <summary>
/// The search in one SQL statement: a bounding box on the indexed (category_id, status, latitude, longitude) narrows
/// the rows, then the exact haversine distance filters and orders them.
/// </summary>
internal sealed class EstablishmentSearch(CatalogueDbContext db) : IEstablishmentSearch
{
    public async Task<(IReadOnlyList<EstablishmentSearchResult> Results, int Total)> SearchAsync(SearchCriteria criteria, CancellationToken cancellationToken)
    {
        var box = BoundingBox.Around(criteria.Latitude, criteria.Longitude, criteria.RadiusMiles + GreatCircle.Tolerance, IEstablishmentSearch.EarthRadiusMiles);
        var where = new StringBuilder("""
            l.category_id = @category_id AND l.status = @active
            AND l.latitude BETWEEN @min_lat AND @max_lat
            """);
        if (box.LongitudeBounded)
        {
            where.Append(" AND l.longitude BETWEEN @min_lon AND @max_lon");
        }

        if (criteria.Needs.Count > 0)
        {
            where.Append(" AND l.needs @> @needs");
        }

        if (criteria.Features.Count > 0)
        {
            where.Append(" AND l.features && @features");
        }

        if (criteria.NameContains is not null)
        {
            where.Append(" AND strpos(lower(l.name), lower(@q)) > 0");
        }

        var sql = $"""
            WITH near AS (
                SELECT l.establishment_id, l.supplier_id, l.name, l.postcode, l.latitude, l.longitude, l.score, l.vacancies,
                       l.capacity, l.needs, l.features, {GreatCircle.DistanceSql} AS distance
                FROM {CatalogueDbContext.SchemaName}.listed_establishments l
                WHERE {where})
            SELECT *, count(*) OVER () AS total FROM near
            WHERE distance <= @radius
            ORDER BY distance, name, establishment_id
            OFFSET @offset LIMIT @limit
            """;

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            GreatCircle.AddParameters(command, criteria.Latitude, criteria.Longitude, criteria.RadiusMiles);
            command.Parameters.AddWithValue("category_id", criteria.CategoryId);
            command.Parameters.AddWithValue("active", nameof(ListingStatus.Active));
            command.Parameters.AddWithValue("min_lat", box.MinLatitude);
            command.Parameters.AddWithValue("max_lat", box.MaxLatitude);
            command.Parameters.AddWithValue("min_lon", box.MinLongitude);
            command.Parameters.AddWithValue("max_lon", box.MaxLongitude);
            command.Parameters.AddWithValue("needs", NpgsqlDbType.Array | NpgsqlDbType.Text, criteria.Needs.ToArray());
            command.Parameters.AddWithValue("features", NpgsqlDbType.Array | NpgsqlDbType.Text, criteria.Features.ToArray());
            command.Parameters.AddWithValue("q", criteria.NameContains ?? string.Empty);
            command.Parameters.AddWithValue("offset", criteria.Offset);
            command.Parameters.AddWithValue("limit", criteria.Limit);

            var results = new List<EstablishmentSearchResult>();
            var total = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                T Column<T>(string name) => reader.GetFieldValue<T>(reader.GetOrdinal(name));
                while (await reader.ReadAsync(cancellationToken))
                {
                    var needs = Column<string[]>("needs");
                    var features = Column<string[]>("features");
                    results.Add(new EstablishmentSearchResult(
                        Column<Guid>("establishment_id"),
                        Column<Guid>("supplier_id"),
                        Column<string>("name"),
                        Column<string>("postcode"),
                        Column<double>("latitude"),
                        Column<double>("longitude"),
                        GreatCircle.Rounded(Column<double>("distance")),
                        [.. criteria.Needs.Where(needs.Contains)],
                        [.. criteria.Features.Where(features.Contains)],
                        Column<decimal>("score"),
                        Column<int>("vacancies"),
                        Column<int>("capacity")));
                    total = checked((int)Column<long>("total"));
                }
            }

            if (results.Count == 0 && criteria.Offset > 0)
            {
                command.CommandText = $"SELECT count(*) FROM (SELECT {GreatCircle.DistanceSql} AS distance FROM {CatalogueDbContext.SchemaName}.listed_establishments l WHERE {where}) near WHERE distance <= @radius";
                total = checked((int)(long)(await command.ExecuteScalarAsync(cancellationToken))!);
            }

            return (results, total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
