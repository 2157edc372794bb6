using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.FundingModels;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.FundingModels;

/// <summary>
/// The DPS manager defines how a category, or a routeway (e.g. R2), is paid: its shares at start, at completion and on
/// a job outcome. Role checks are on the endpoint, so the demo seeder can run it as the system.
/// </summary>
public sealed record DefineFundingModel(Guid DpsId, Guid? CategoryId, string? Routeway, FundingShares? Shares, JobOutcomeTerms? JobOutcome)
    : ICommand<FundingModelResponse>, IFundingTerms;

internal sealed class DefineFundingModelValidator : AbstractValidator<DefineFundingModel>
{
    public DefineFundingModelValidator()
    {
        RuleFor(m => m.DpsId).NotEmpty();
        RuleFor(m => m.CategoryId).NotNull().When(m => string.IsNullOrWhiteSpace(m.Routeway))
            .WithMessage("Give the category or the routeway (e.g. R2) the funding model applies to.");
        RuleFor(m => m.CategoryId).NotEqual(Guid.Empty).When(m => m.CategoryId is not null);
        RuleFor(m => m.Routeway).Null().When(m => m.CategoryId is not null)
            .WithMessage("A funding model applies to a category or to a routeway, not both.");
        RuleFor(m => m.Routeway).Matches(@"^\s*[Rr][0-9]{1,2}\s*$").WithMessage("'Routeway' must be a routeway such as R2.")
            .When(m => m.Routeway is not null && m.CategoryId is null);
        Include(FundingTermsRules.Instance);
    }
}

internal sealed class DefineFundingModelHandler(ICatalogueDb db, TimeProvider clock)
    : IRequestHandler<DefineFundingModel, FundingModelResponse>
{
    public async Task<FundingModelResponse> Handle(DefineFundingModel command, CancellationToken cancellationToken)
    {
        var routeway = FundingModel.NormaliseRouteway(command.Routeway);
        var alreadyDefined = await db.FundingModels.AnyAsync(
            m => m.DpsId == command.DpsId && m.CategoryId == command.CategoryId && m.Routeway == routeway, cancellationToken);
        var model = FundingModel.Define(
            command.DpsId, command.CategoryId, routeway, command.Shares!, command.JobOutcomeDefinition(), alreadyDefined, clock.GetUtcNow());
        db.FundingModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        return FundingModelResponse.From(model);
    }
}
