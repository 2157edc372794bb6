using System.Security.Claims;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Time;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Application.Outcomes;
using Dps.ContractManagement.Application.Payments;
using Dps.Qualification.Application.Establishments;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.DirectPlacements;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using PriceBasis = Dps.Referral.Domain.Referrals.PriceBasis;

namespace Dps.DemoData;

/// <summary>
/// SET contracts after award, through the API's own commands, so that the award publication, the benchmark report and the
/// outcome report show something: four direct placements that started months ago, three of them delivered and completed,
/// their first weeks invoiced and verified and their referral's outcomes reported — Medway Valley's not met.
/// </summary>
internal sealed class DemoContractSeeder(IServiceScopeFactory scopes)
{
    private const int InvoicedWeeks = 4;

    private static readonly IReadOnlyList<DemoPlacement> Placements =
    [
        new(DemoPurchasingSystems.WestSussex, 2, "Downsview School", "SEN", "WSCC-20260101", 3150m, StartedWeeksAgo: 30, TermWeeks: 26, OutcomesMet: true,
            "ParentalPreference", "The parents named Downsview School in the EHC plan under the Children and Families Act 2014."),
        new(DemoPurchasingSystems.Surrey, 4, "Southdown Fostering Worthing", "Foster care", "SCC-20260102", 960m, StartedWeeksAgo: 20, TermWeeks: 12, OutcomesMet: true,
            "EmergencyNoCapacity", "An emergency placement out of hours: no member within the limit had a carer free that night."),
        new(DemoPurchasingSystems.EastSussex, 6, "Medway Valley School", "SEN", "ESCC-20260103", 2980m, StartedWeeksAgo: 40, TermWeeks: 26, OutcomesMet: false,
            "TribunalOrder", "The First-tier Tribunal (SEND) named Medway Valley School in its order."),
        new(DemoPurchasingSystems.Kent, 3, "Weald House", "Residential care", "KCC-20260104", 5200m, StartedWeeksAgo: 16, TermWeeks: 52, OutcomesMet: null,
            "EmergencyNoCapacity", "A placement needed within 24 hours; no member with a vacancy could meet the child's needs."),
    ];

    /// <summary>Each buyer places its service user directly; the award events make the contracts once the outbox is delivered.</summary>
    public async Task PlaceAsync(DemoScheme set, CancellationToken cancellationToken)
    {
        foreach (var placement in Placements)
        {
            var establishmentId = await EstablishmentIdAsync(placement, cancellationToken);
            await using var scope = scopes.ScopeAs(DemoActors.Buyer(placement.Buyer.Id));
            var buyer = scope.ServiceProvider.GetRequiredService<IMediator>();
            var today = scope.ServiceProvider.GetRequiredService<SchemeClock>().Today;
            await buyer.Send(
                new PlaceDirectly(new DirectPlacementDetails(
                    set.CategoryId(placement.Category),
                    establishmentId,
                    placement.Reason,
                    placement.Justification,
                    placement.ServiceUserReference,
                    new Money(placement.WeeklyPrice, "GBP"),
                    PriceBasis.Week,
                    today.AddDays(-7 * placement.StartedWeeksAgo),
                    placement.TermWeeks,
                    null)),
                cancellationToken);
        }
    }

    /// <summary>Once the contracts exist: the completed ones are invoiced and verified, completed on their last day and their outcomes reported.</summary>
    public async Task DeliverAsync(CancellationToken cancellationToken)
    {
        foreach (var placement in Placements.Where(p => p.OutcomesMet is not null))
        {
            var (buyer, supplier) = (DemoActors.Buyer(placement.Buyer.Id), DemoActors.Supplier(placement.SupplierId));
            var contracts = await SendAsAsync(buyer, new ListContracts(null, placement.SupplierId, null, 1, 50), cancellationToken);
            var contract = contracts.Items.Single(c => c.ServiceUserReference == placement.ServiceUserReference);
            for (var week = 1; week <= InvoicedWeeks; week++)
            {
                var invoice = await SendAsAsync(supplier, new InvoiceContractPeriod(contract.Id, week), cancellationToken);
                await SendAsAsync(buyer, new DecidePeriodInvoice(contract.Id, invoice.Id, Verify: true, Reason: null), cancellationToken);
            }

            await SendAsAsync(buyer, new CompleteContract(contract.Id, contract.EndDate, null), cancellationToken);
            var met = placement.OutcomesMet!.Value;
            await SendAsAsync(
                supplier,
                new ReportOutcome(
                    contract.Id,
                    "ReferralOutcomes",
                    met,
                    met ? "Every outcome the referral named was met at the final review." : "The return to full-time education was not achieved within the placement.",
                    $"REVIEW-{placement.ServiceUserReference}"),
                cancellationToken);
        }
    }

    /// <summary>Sends one command in a scope of its own, as one request would: no entity is carried over from an earlier command.</summary>
    private async Task<T> SendAsAsync<T>(ClaimsPrincipal principal, IRequest<T> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.ScopeAs(principal);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    private async Task<Guid> EstablishmentIdAsync(DemoPlacement placement, CancellationToken cancellationToken)
    {
        var establishments = await SendAsAsync(DemoActors.Supplier(placement.SupplierId), new ListEstablishments(placement.SupplierId, 1, 20), cancellationToken);
        return establishments.Items.Single(e => e.Name == placement.Establishment).Id;
    }

    /// <param name="Supplier">The demo supplier's number (its id's last digits).</param>
    /// <param name="OutcomesMet">Whether the completed placement met its referral's outcomes; null for one still running.</param>
    private sealed record DemoPlacement(
        Authority Buyer,
        int Supplier,
        string Establishment,
        string Category,
        string ServiceUserReference,
        decimal WeeklyPrice,
        int StartedWeeksAgo,
        int TermWeeks,
        bool? OutcomesMet,
        string Reason,
        string Justification)
    {
        public Guid SupplierId => Guid.Parse($"0a4f0000-0000-4000-8000-{Supplier:D12}");
    }
}
