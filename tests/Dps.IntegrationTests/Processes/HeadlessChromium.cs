using System.Diagnostics;

namespace Dps.IntegrationTests.Processes;

/// <summary>
/// A headless Chromium showing one page, until disposed. build/test.sh installs Debian's chromium when it is missing;
/// `DPS_CHROMIUM` names another binary. A missing browser fails the test that needs it, saying so: never a silent skip.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile) => (_process, _profile) = (process, profile);

    public static HeadlessChromium Open(Uri page)
    {
        var binary = Environment.GetEnvironmentVariable("DPS_CHROMIUM") is { Length: > 0 } named ? named : "/usr/bin/chromium";
        if (!File.Exists(binary))
        {
            Assert.Fail($"No Chromium at {binary}: build/test.sh installs Debian's chromium, or set DPS_CHROMIUM to a Chromium binary.");
        }

        var profile = Directory.CreateTempSubdirectory("dps-chromium-").FullName;
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", $"--user-data-dir={profile}", page.ToString(),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HeadlessChromium(process, profile);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A file the browser's last child still held: the temporary folder is left for the system to clear.
        }
    }
}
