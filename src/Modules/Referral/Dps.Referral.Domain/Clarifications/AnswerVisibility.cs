namespace Dps.Referral.Domain.Clarifications;

/// <summary>Who reads the buyer's answer: every invitee (without naming who asked), or only the asker.</summary>
public enum AnswerVisibility
{
    Public,
    Private,
}
