using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Uplifts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Uplifts;

/// <summary>
/// The DPS manager records an uplift agreed centrally for a category — a percentage on the named cost lines from a date —
/// and every active contract of the category that started before the date and runs on it takes it, in one transaction.
/// </summary>
public sealed record AgreeUplift(Guid CategoryId, IReadOnlyList<string> LineCodes, decimal Percent, DateOnly EffectiveFrom, string Reason) : ICommand<UpliftResponse>;

internal sealed class AgreeUpliftValidator : AbstractValidator<AgreeUplift>
{
    public AgreeUpliftValidator()
    {
        RuleFor(c => c.CategoryId).NotEmpty();
        RuleFor(c => c.LineCodes).NotEmpty()
            .Must(codes => codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == codes.Count).WithMessage("Name each cost line once.");
        RuleForEach(c => c.LineCodes).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Percent).GreaterThan(0m).LessThanOrEqualTo(100m).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class AgreeUpliftHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<AgreeUplift, UpliftResponse>
{
    public async Task<UpliftResponse> Handle(AgreeUplift command, CancellationToken cancellationToken)
    {
        var alreadyAgreed = await db.Uplifts.AnyAsync(u => u.CategoryId == command.CategoryId && u.EffectiveFrom == command.EffectiveFrom, cancellationToken);
        var now = clock.GetUtcNow();
        var uplift = Uplift.Agree(alreadyAgreed, command.CategoryId, [.. command.LineCodes.Select(c => c.Trim())], command.Percent, command.EffectiveFrom, command.Reason.Trim(), actor.Id, now);
        var contracts = await db.Contracts
            .Where(c => c.CategoryId == command.CategoryId && c.Status == ContractStatus.Active)
            .ToListAsync(cancellationToken);
        var uplifted = 0;
        foreach (var contract in contracts.Where(uplift.AppliesTo))
        {
            if (uplift.PriceOf(contract.CurrentPrice) is { } price)
            {
                contract.TakeUplift(price, now);
                uplifted++;
            }
        }

        uplift.Applied(uplifted);
        db.Uplifts.Add(uplift);
        await db.SaveChangesAsync(cancellationToken);
        return UpliftResponse.From(uplift);
    }
}
