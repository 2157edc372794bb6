using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.Domain.Contracts;
using Dps.Qualification.IntegrationEvents.Requests;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>Every award of a quarter, for anyone: an OCDS 1.1 release package or CSV, with the public names Qualification holds.</summary>
/// <param name="Format"><c>ocds</c> (the default when null) or <c>csv</c>, in any case.</param>
public sealed record PublishAwards(string? Quarter, string? Format) : IQuery<AwardPublication>
{
    internal AwardPublicationFormat PublicationFormat => Format is null ? AwardPublicationFormat.Ocds : Enum.Parse<AwardPublicationFormat>(Format, ignoreCase: true);
}

/// <summary>The publication's body and its media type.</summary>
public sealed record AwardPublication(string ContentType, string Body);

internal sealed class PublishAwardsValidator : AbstractValidator<PublishAwards>
{
    public PublishAwardsValidator()
    {
        RuleFor(q => q.Quarter).MustBeAwardQuarter();
        RuleFor(q => q.Format)
            .Must(f => f is null || (Enum.TryParse<AwardPublicationFormat>(f, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(f, out _)))
            .WithMessage("'format' must be ocds or csv.");
    }
}

internal sealed class PublishAwardsHandler(IContractManagementDb db, IMediator mediator, IOptions<PublicationOptions> options, TimeProvider clock)
    : IRequestHandler<PublishAwards, AwardPublication>
{
    public async Task<AwardPublication> Handle(PublishAwards query, CancellationToken cancellationToken)
    {
        var quarter = AwardQuarter.Parse(query.Quarter);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.AwardedAt >= quarter.From && c.AwardedAt < quarter.Until)
            .OrderBy(c => c.AwardedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var names = await mediator.Send(
            new FindPublicNames(
                [.. contracts.Select(c => c.DpsId).Distinct()], [.. contracts.Select(c => c.CategoryId).Distinct()], [.. contracts.Select(c => c.SupplierId).Distinct()]),
            cancellationToken);
        var awards = contracts.Select(c => Published(c, names)).ToList();
        var publisher = options.Value.Publisher();
        if (query.PublicationFormat == AwardPublicationFormat.Csv)
        {
            return new AwardPublication(AwardsCsv.ContentType, AwardsCsv.Write(publisher, quarter, awards));
        }

        var package = OcdsReleasePackage.Build(publisher, quarter, clock.GetUtcNow(), awards) ?? throw new NotFoundException("Awards of quarter", quarter);
        return new AwardPublication(OcdsReleasePackage.ContentType, OcdsReleasePackage.ToJson(package));
    }

    private static PublishedAward Published(Contract contract, PublicNames names)
    {
        var supplier = names.Suppliers.GetValueOrDefault(contract.SupplierId);
        var terms = contract.Terms;
        return new PublishedAward(
            contract.AwardId,
            contract.Route,
            contract.ReferralId,
            contract.DpsId,
            contract.CategoryId,
            names.Categories.GetValueOrDefault(contract.CategoryId),
            contract.AuthorityId,
            names.Authorities.GetValueOrDefault(contract.AuthorityId),
            contract.SupplierId,
            supplier?.Name,
            supplier?.IsSme,
            contract.EstablishmentId,
            terms.Price.Amount,
            terms.Price.Currency,
            terms.PriceBasis,
            terms.StartDate,
            terms.EndDate,
            contract.AwardedAt,
            contract.Grounds?.Reason,
            contract.Grounds?.Justification);
    }
}
