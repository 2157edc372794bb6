using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.FundingModels;
using FluentValidation;
using MediatR;

namespace Dps.Catalogue.Application.FundingModels;

/// <summary>The DPS manager changes a funding model's shares and job-outcome definition (its category or routeway stays).</summary>
public sealed record ChangeFundingModel(Guid FundingModelId, FundingShares? Shares, JobOutcomeTerms? JobOutcome, uint? ExpectedVersion)
    : ICommand<FundingModelResponse>, IFundingTerms;

internal sealed class ChangeFundingModelValidator : AbstractValidator<ChangeFundingModel>
{
    public ChangeFundingModelValidator() => Include(FundingTermsRules.Instance);
}

internal sealed class ChangeFundingModelHandler(ICatalogueDb db, TimeProvider clock)
    : IRequestHandler<ChangeFundingModel, FundingModelResponse>
{
    public async Task<FundingModelResponse> Handle(ChangeFundingModel command, CancellationToken cancellationToken)
    {
        var model = await db.FundingModels.GetAsync(command.FundingModelId, cancellationToken);
        db.ExpectVersion(model, command.ExpectedVersion);
        model.Change(command.Shares!, command.JobOutcomeDefinition(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return FundingModelResponse.From(model);
    }
}
