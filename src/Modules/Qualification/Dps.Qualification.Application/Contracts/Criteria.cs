using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Qualification.Application.Contracts;

/// <summary>e.g. "Insurances at the category's levels", "Ofsted rating of Requires improvement or better".</summary>
public sealed record PassFailCriterion(
    [property: Description("The criterion's code, e.g. PF-OFSTED: up to 20 characters, unique among the category's criteria and core-cost lines ignoring case.")] string Code,
    [property: Description("What the criterion asks, e.g. Ofsted or equivalent rating of Requires improvement or better.")] string Title,
    [property: Description("Guidance for suppliers, e.g. the evidence expected; null when there is none.")] string? Guidance) : IRequestContract<Domain.Categories.Criteria.PassFailCriterion>
{
    public static PassFailCriterion From(Domain.Categories.Criteria.PassFailCriterion criterion) => new(criterion.Code, criterion.Title, criterion.Guidance);

    public Domain.Categories.Criteria.PassFailCriterion ToDomain() => new(Code, Title, Guidance);
}

/// <summary>e.g. "Workforce", weighted; the weights of a category sum to 100.</summary>
public sealed record MethodStatement(
    [property: Description("The method statement's code, e.g. MS-WORKFORCE: up to 20 characters, unique among the category's criteria and core-cost lines ignoring case.")] string Code,
    [property: Description("What the statement is about, e.g. Workforce.")] string Title,
    [property: Description("Its weight, 1–100; the weights of a category's method statements sum to 100.")] int Weight) : IRequestContract<Domain.Categories.Criteria.MethodStatement>
{
    public static MethodStatement From(Domain.Categories.Criteria.MethodStatement statement) => new(statement.Code, statement.Title, statement.Weight);

    public Domain.Categories.Criteria.MethodStatement ToDomain() => new(Code, Title, Weight);
}

/// <summary>e.g. Employer's liability of at least £5m.</summary>
public sealed record InsuranceRequirement(
    [property: Description("The kind of insurance, e.g. Public liability.")] string Kind,
    [property: Description("The least cover an establishment must hold.")] Money MinimumCover) : IRequestContract<Domain.Categories.Criteria.InsuranceRequirement>
{
    public static InsuranceRequirement From(Domain.Categories.Criteria.InsuranceRequirement requirement) =>
        new(requirement.Kind, Money.From(requirement.MinimumCover));

    public Domain.Categories.Criteria.InsuranceRequirement ToDomain() => new(Kind, MinimumCover?.ToDomain()!);
}

/// <summary>A fixed cost every establishment declares at qualification, e.g. "Premises".</summary>
public sealed record CoreCostLine(
    [property: Description("The line's code, e.g. EDUCATION: up to 20 characters, unique among the category's criteria and core-cost lines ignoring case.")] string Code,
    [property: Description("The line's name, e.g. Education.")] string Name) : IRequestContract<Domain.Categories.Criteria.CoreCostLine>
{
    public static CoreCostLine From(Domain.Categories.Criteria.CoreCostLine line) => new(line.Code, line.Name);

    public Domain.Categories.Criteria.CoreCostLine ToDomain() => new(Code, Name);
}
