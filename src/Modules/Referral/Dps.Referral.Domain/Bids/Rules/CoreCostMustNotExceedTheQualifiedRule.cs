using System.Globalization;
using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids.Rules;

/// <summary>A core cost line may be lowered for a referral, never raised above what the establishment qualified with.</summary>
internal sealed class CoreCostMustNotExceedTheQualifiedRule(string lineCode, decimal offered, decimal qualified, string currency) : IBusinessRule
{
    public string Message => string.Create(
        CultureInfo.InvariantCulture, $"Core cost line {lineCode} is {offered:0.00} {currency}, above the {qualified:0.00} {currency} it qualified with.");

    public bool IsBroken() => offered > qualified;
}
