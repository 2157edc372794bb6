using System.Text.Json;
using System.Text.RegularExpressions;
using Dps.BuildingBlocks.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Dps.Api.Errors;

internal static partial class Problems
{
    public const string RuleMember = "rule";

    public static ProblemDetails Validation(ValidationException validation) =>
        new HttpValidationProblemDetails(validation.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = "See 'errors' for the rule each field breaks.",
        };

    /// <summary>Unreadable JSON, unknown members, wrong types, or a route/query value that does not parse.</summary>
    public static ProblemDetails BadRequest(BadHttpRequestException badRequest)
    {
        var (field, message) = badRequest.InnerException switch
        {
            JsonException json => JsonProblem(json),
            _ => BindingProblem(badRequest.Message),
        };
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read.",
            Detail = message,
        };
    }

    public static ProblemDetails BrokenRule(BusinessRuleValidationException broken)
    {
        var conflict = broken.BrokenRule.Kind == BusinessRuleKind.Conflict;
        return WithRule(
            Status(conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity, "A business rule was broken.", broken.Message),
            broken.RuleName);
    }

    /// <summary>The rule every lost update breaks, whether If-Match caught it (412) or the database did (409).</summary>
    public const string ConcurrencyRule = "ChangesMustStartFromTheCurrentVersion";

    public static ProblemDetails ConcurrentUpdate(bool clientSentIfMatch) => WithRule(
        Status(
            clientSentIfMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            "The resource was changed by someone else meanwhile.",
            "Read it again and retry with its new ETag as If-Match."),
        ConcurrencyRule);

    public static ProblemDetails PreconditionFailed(string detail) =>
        WithRule(Status(StatusCodes.Status412PreconditionFailed, "The resource has changed.", detail), ConcurrencyRule);

    public static ProblemDetails Duplicate(string? constraint)
    {
        return WithRule(
            Status(StatusCodes.Status409Conflict, "A resource like this already exists.", $"A unique rule was broken ({constraint})."),
            "MustBeUnique");
    }

    private static ProblemDetails WithRule(ProblemDetails problem, string rule)
    {
        problem.Extensions[RuleMember] = rule;
        return problem;
    }

    public static ProblemDetails Status(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static (string Field, string Message) JsonProblem(JsonException json)
    {
        var field = FieldName(json.Path?.TrimStart('$', '.') ?? string.Empty);
        if (UnmappedMember().Match(json.Message) is { Success: true } unknown)
        {
            // The path already ends at the unknown member.
            var member = field.Length > 0 ? field : FieldName(unknown.Groups["name"].Value);
            return (member, $"'{member}' is not a field of this request.");
        }

        if (json.Message.StartsWith(NoNulStringConverter.Message, StringComparison.Ordinal))
        {
            return (field, $"'{field}' {NoNulStringConverter.Message}.");
        }

        return field.Length == 0
            ? (field, "The body is not valid JSON.")
            : (field, $"'{field}' has a value of the wrong type or format.");
    }

    /// <summary>A route or query value that does not parse, said in the API's terms rather than .NET's.</summary>
    private static (string Field, string Message) BindingProblem(string message)
    {
        if (BindingFailure().Match(message) is not { Success: true } failure)
        {
            var parameter = ParameterOf(message);
            return message.StartsWith("Required parameter", StringComparison.Ordinal) && parameter.Length > 0
                ? (parameter, $"'{parameter}' is required.")
                : (parameter, message);
        }

        var field = FieldName(failure.Groups["name"].Value);
        var expected = failure.Groups["type"].Value switch
        {
            "int" or "long" or "Int32" or "Int64" => "a whole number",
            "double" or "decimal" or "float" or "Double" or "Decimal" => "a number",
            "Guid" => "a UUID",
            "DateOnly" => "a date (yyyy-mm-dd)",
            "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601)",
            "bool" or "Boolean" => "true or false",
            _ => "in the documented format",
        };
        return (field, $"'{field}' must be {expected}; got \"{failure.Groups["value"].Value}\".");
    }

    /// <summary>"ParticipatingAuthorities[0].Name" becomes "participatingAuthorities[0].name", as the JSON spells it.</summary>
    private static string FieldName(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string ParameterOf(string message) => ParameterName().Match(message) is { Success: true } match
        ? FieldName(match.Groups["name"].Value)
        : string.Empty;

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("Failed to bind parameter \"(?:Nullable<)?(?<type>\\w+)>? (?<name>\\w+)\" from \"(?<value>.*)\"")]
    private static partial Regex BindingFailure();

    [GeneratedRegex("parameter \"\\S+ (?<name>\\w+)\"")]
    private static partial Regex ParameterName();
}
