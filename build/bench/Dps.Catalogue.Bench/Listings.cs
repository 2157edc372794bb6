using Npgsql;
using NpgsqlTypes;

namespace Dps.Catalogue.Bench;

/// <summary>Writes synthetic listings at random UK places straight into catalogue.listed_establishments (binary COPY).</summary>
internal static class Listings
{
    public const double MinLatitude = 50.0;
    public const double MaxLatitude = 55.5;
    public const double MinLongitude = -5.5;
    public const double MaxLongitude = 1.7;

    public static readonly string[] Needs = ["ASD", "SLT", "SEMH", "ADHD", "PMLD", "SEN-HI", "SEN-VI", "MOBILITY"];
    public static readonly string[] Features = ["HALAL", "KOSHER", "VEGAN", "CY", "PL", "EQUINE"];

    public static async Task InsertAsync(NpgsqlConnection connection, Random random, Guid categoryId, int count, string status)
    {
        var dpsId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY catalogue.listed_establishments (id, establishment_id, category_id, dps_id, supplier_id, membership_id, name, postcode,
                latitude, longitude, capacity, vacancies, score, status, needs, features, listed_at, updated_at,
                admitted_at, status_as_of, score_as_of) FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < count; i++)
        {
            var capacity = random.Next(1, 60);
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(categoryId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(dpsId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync($"Establishment {status} {i:D6}", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"ZZ{random.Next(1, 99)} {random.Next(1, 9)}AA", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Between(random, MinLatitude, MaxLatitude), NpgsqlDbType.Double);
            await writer.WriteAsync(Between(random, MinLongitude, MaxLongitude), NpgsqlDbType.Double);
            await writer.WriteAsync(capacity, NpgsqlDbType.Integer);
            await writer.WriteAsync(random.Next(0, capacity + 1), NpgsqlDbType.Integer);
            await writer.WriteAsync(Math.Round((decimal)Between(random, 40, 100), 2), NpgsqlDbType.Numeric);
            await writer.WriteAsync(status, NpgsqlDbType.Varchar);
            await writer.WriteAsync(Some(random, Needs), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync(Some(random, Features), NpgsqlDbType.Array | NpgsqlDbType.Text);
            for (var time = 0; time < 5; time++)
            {
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
        }

        await writer.CompleteAsync();
    }

    public static double Between(Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>Each code with probability one half.</summary>
    private static string[] Some(Random random, string[] codes) => [.. codes.Where(_ => random.Next(2) == 0)];
}
