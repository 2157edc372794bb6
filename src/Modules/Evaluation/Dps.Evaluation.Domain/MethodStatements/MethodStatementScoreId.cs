using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.MethodStatements;

public readonly record struct MethodStatementScoreId(Guid Value) : ITypedId<MethodStatementScoreId>
{
    public static MethodStatementScoreId From(Guid value) => new(value);

    public static MethodStatementScoreId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
