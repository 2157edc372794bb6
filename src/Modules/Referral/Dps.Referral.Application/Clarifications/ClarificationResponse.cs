using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Referral.Domain.Clarifications;

namespace Dps.Referral.Application.Clarifications;

/// <summary>
/// A clarification question and its answer. Who asked (<see cref="AskerSupplierId"/>, <see cref="AskerEstablishmentId"/>,
/// <see cref="AskerEstablishmentName"/>) is shown to the buyer, the manager, auditors and the asker; null for every other
/// invitee, who reads only public answers. <see cref="AskedByYou"/> tells a supplier its own questions.
/// </summary>
public sealed record ClarificationResponse(
    Guid Id,
    Guid ReferralId,
    [property: Description("The supplier's question.")] string Question,
    [property: Description("When it was asked (UTC).")] DateTimeOffset AskedAt,
    [property: Description("Whether the reader's own supplier asked it.")] bool AskedByYou,
    Guid? AskerSupplierId,
    Guid? AskerEstablishmentId,
    [property: Description("The name of the invited establishment the question was asked for; null when the supplier asked for none in particular, and to a reader who may not know who asked.")] string? AskerEstablishmentName,
    [property: Description("The buyer's answer; null until it is answered.")] string? Answer,
    [property: Description("Who reads the answer: `Public` (every invitee, without who asked) or `Private` (only the asker); null until it is answered.")] AnswerVisibility? Visibility,
    [property: Description("When it was answered (UTC); null until then.")] DateTimeOffset? AnsweredAt,
    uint Version) : IVersioned
{
    /// <param name="namesAsker">Whether the reader may know who asked.</param>
    /// <param name="askedByReader">Whether the reader is the supplier that asked.</param>
    public static ClarificationResponse From(Clarification clarification, bool namesAsker, bool askedByReader) => new(
        clarification.Id.Value,
        clarification.ReferralId.Value,
        clarification.Question,
        clarification.AskedAt,
        askedByReader,
        namesAsker ? clarification.AskerSupplierId : null,
        namesAsker ? clarification.AskerEstablishmentId : null,
        namesAsker ? clarification.AskerEstablishmentName : null,
        clarification.Answer,
        clarification.Visibility,
        clarification.AnsweredAt,
        clarification.Version);
}
