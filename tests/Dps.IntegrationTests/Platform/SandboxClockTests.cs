using System.Net;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

public sealed class SandboxClockTests : ApiTest
{
    [Test]
    public async Task Advancing_the_clock_moves_the_platform_time_forward_until_reset()
    {
        var manager = await AsManagerAsync();

        var advanced = await (await manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "10.00:00:00" })).JsonAsync();
        var reset = await (await manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { reset = true })).JsonAsync();

        Assert.That(advanced["now"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(9.9)));
        Assert.That(advanced["offset"]!.GetValue<string>(), Is.EqualTo("10.00:00:00"));
        Assert.That(reset["offset"]!.GetValue<string>(), Is.EqualTo("00:00:00"));
    }

    [Test]
    public async Task The_clock_does_not_move_backwards()
    {
        var response = await (await AsManagerAsync()).PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "-1.00:00:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("advanceBy"));
    }
}
