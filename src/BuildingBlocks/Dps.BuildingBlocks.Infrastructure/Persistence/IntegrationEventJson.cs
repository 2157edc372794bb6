using System.Text.Json;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

internal static class IntegrationEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
