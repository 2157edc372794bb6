namespace Dps.Api.Sandbox;

/// <summary>The sandbox clock, from configuration section "Sandbox".</summary>
internal sealed class SandboxSettings
{
    public const string Section = "Sandbox";

    /// <summary>Beyond this the clock could not be added to real time without overflowing <see cref="DateTimeOffset"/>.</summary>
    public static readonly TimeSpan LongestMaxAdvance = TimeSpan.FromDays(365_000);

    /// <summary>Whether the platform clock is movable and /api/v1/sandbox/clock is mapped.</summary>
    public bool Enabled { get; set; }

    /// <summary>How far ahead of real time the clock may be moved: five years (one leap day included).</summary>
    public TimeSpan MaxAdvance { get; set; } = TimeSpan.FromDays(1826);

    /// <summary>How often each process re-reads the stored offset, so replicas see a move made on another within it.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Lets the sandbox run outside the Development and Sandbox environments; loudly named so no one sets it by accident.</summary>
    public bool IUnderstandTheClockCanBeMovedInThisEnvironment { get; set; }
}
