using Dps.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A unique index or key that guards a domain rule. Two racing writers can both pass the rule's check; the index makes
/// the loser's write fail, and the save turns that failure into the rule's own 409, so there is never a duplicate and
/// never a 500.
/// </summary>
public static class RuleGuards
{
    private const string RuleAnnotation = "Dps:GuardsRule";
    private const string MessageAnnotation = "Dps:GuardsRuleMessage";

    /// <param name="message">What the loser of the race is told; the rule's own words where they do not need its inputs.</param>
    public static IndexBuilder Guards<TRule>(this IndexBuilder index, string message)
        where TRule : IBusinessRule =>
        index.HasAnnotation(RuleAnnotation, BusinessRuleValidationException.NameOf(typeof(TRule))).HasAnnotation(MessageAnnotation, message);

    /// <inheritdoc cref="Guards{TRule}(IndexBuilder, string)"/>
    public static KeyBuilder Guards<TRule>(this KeyBuilder key, string message)
        where TRule : IBusinessRule =>
        key.HasAnnotation(RuleAnnotation, BusinessRuleValidationException.NameOf(typeof(TRule))).HasAnnotation(MessageAnnotation, message);

    /// <summary>The broken rule a unique violation stands for, or null when the violated index guards no rule.</summary>
    internal static BusinessRuleValidationException? RuleBrokenBy(IModel model, DbUpdateException exception)
    {
        if (exception.InnerException is not PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } constraint })
        {
            return null;
        }

        var guard = model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().Where(i => i.GetDatabaseName() == constraint).Cast<IReadOnlyAnnotatable>()
                .Concat(e.GetKeys().Where(k => k.GetName() == constraint)))
            .FirstOrDefault(a => a.FindAnnotation(RuleAnnotation) is not null);
        return guard is null
            ? null
            : new BusinessRuleValidationException(new GuardedRule((string)guard[RuleAnnotation]!, (string)guard[MessageAnnotation]!));
    }

    private sealed class GuardedRule(string name, string message) : IBusinessRule
    {
        public string Name => name;

        public string Message => message;

        public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

        public bool IsBroken() => true;
    }
}
