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
    string Question,
    DateTimeOffset AskedAt,
    bool AskedByYou,
    Guid? AskerSupplierId,
    Guid? AskerEstablishmentId,
    string? AskerEstablishmentName,
    string? Answer,
    AnswerVisibility? Visibility,
    DateTimeOffset? AnsweredAt,
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
