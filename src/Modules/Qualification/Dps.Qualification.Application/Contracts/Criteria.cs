using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Qualification.Application.Contracts;

/// <summary>e.g. "Insurances at the category's levels", "Ofsted rating of Requires improvement or better".</summary>
public sealed record PassFailCriterion(string Code, string Title, string? Guidance) : IRequestContract<Domain.Categories.Criteria.PassFailCriterion>
{
    public static PassFailCriterion From(Domain.Categories.Criteria.PassFailCriterion criterion) => new(criterion.Code, criterion.Title, criterion.Guidance);

    public Domain.Categories.Criteria.PassFailCriterion ToDomain() => new(Code, Title, Guidance);
}

/// <summary>e.g. "Workforce", weighted; the weights of a category sum to 100.</summary>
public sealed record MethodStatement(string Code, string Title, int Weight) : IRequestContract<Domain.Categories.Criteria.MethodStatement>
{
    public static MethodStatement From(Domain.Categories.Criteria.MethodStatement statement) => new(statement.Code, statement.Title, statement.Weight);

    public Domain.Categories.Criteria.MethodStatement ToDomain() => new(Code, Title, Weight);
}

/// <summary>e.g. Employer's liability of at least £5m.</summary>
public sealed record InsuranceRequirement(string Kind, Money MinimumCover) : IRequestContract<Domain.Categories.Criteria.InsuranceRequirement>
{
    public static InsuranceRequirement From(Domain.Categories.Criteria.InsuranceRequirement requirement) =>
        new(requirement.Kind, Money.From(requirement.MinimumCover));

    public Domain.Categories.Criteria.InsuranceRequirement ToDomain() => new(Kind, MinimumCover?.ToDomain()!);
}

/// <summary>A fixed cost every establishment declares at qualification, e.g. "Premises".</summary>
public sealed record CoreCostLine(string Code, string Name) : IRequestContract<Domain.Categories.Criteria.CoreCostLine>
{
    public static CoreCostLine From(Domain.Categories.Criteria.CoreCostLine line) => new(line.Code, line.Name);

    public Domain.Categories.Criteria.CoreCostLine ToDomain() => new(Code, Name);
}
