namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The one PostgreSQL database every module's schema lives in.</summary>
public sealed record DatabaseSettings(string ConnectionString);
