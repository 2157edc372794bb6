using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dps.Api.Errors;

/// <summary>Refuses a JSON string holding the NUL character, which PostgreSQL cannot store: a 400 naming the field.</summary>
internal sealed class NoNulStringConverter : JsonConverter<string>
{
    public const string Message = "must not contain the NUL character";

    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString()!;
        return value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException(Message) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
