namespace Dps.Qualification.Domain.PurchasingSystems;

public enum DpsStatus
{
    /// <summary>Its period of validity has not started.</summary>
    NotYetOpen,

    /// <summary>Within its period of validity and taking applications.</summary>
    Open,

    /// <summary>Within its period of validity but in an entry closure.</summary>
    ClosedToNewApplications,

    /// <summary>Its period of validity has ended.</summary>
    Expired,

    /// <summary>Ended early by a recorded termination.</summary>
    Terminated,
}
