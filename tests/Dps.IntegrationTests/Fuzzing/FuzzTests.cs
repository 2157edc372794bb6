using Dps.BuildingBlocks.Application.Security;
using Dps.DemoData;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// Every operation of the live OpenAPI document gets a bounded set of mutated requests, as the first role it states
/// (dps-manager when it may), on the demo data so that paths hold real ids. None may get a 5xx; every 4xx is a problem
/// document with a detail; input the schema forbids never gets a 2xx. One test per operation of the snapshot, which
/// NUnit can read before any host starts (OpenApiSnapshotTests keeps it equal to the live document); an operation the
/// snapshot lacks is fuzzed all the same and reported by <see cref="Operations_the_snapshot_lacks_are_fuzzed_too"/>.
/// </summary>
public sealed class FuzzTests : ApiTest
{
    /// <summary>
    /// Requests for all operations together, shared equally but at least <see cref="MinPerOperation"/> each: about 20
    /// each for today's 58 operations, a run of a few seconds. <c>DPS_FUZZ_REQUESTS=100000</c> sends every case the
    /// generator has (some 2,700 requests), for a deeper run by hand.
    /// </summary>
    private static readonly int Budget = int.TryParse(Environment.GetEnvironmentVariable("DPS_FUZZ_REQUESTS"), out var budget) ? budget : 1_200;

    private const int MinPerOperation = 8;
    private const int Seed = 20261201;

    private FuzzReport _report = null!;
    private ApiDocument _live = null!;

    protected override Dictionary<string, string?> HostSettings => new() { ["DemoData:Seed"] = "true" };

    public static IEnumerable<TestCaseData> SnapshotOperations() =>
        ApiDocument.Snapshot().Operations.Select(o => new TestCaseData(o.Key).SetArgDisplayNames(o.Key));

    [OneTimeSetUp]
    public async Task FuzzEveryOperation()
    {
        _live = await ApiDocument.LiveAsync(Anonymous());
        var manager = await AsManagerAsync();
        var ids = await KnownIds.DiscoverAsync(_live, manager);
        var callers = new FuzzCallers(Api, manager, ids);
        var perOperation = Math.Max(MinPerOperation, Budget / Math.Max(1, _live.Operations.Count));

        _report = await new Fuzzer(new MutationGenerator(ids, Seed), callers.ForAsync).RunAsync(_live.Operations, perOperation);
        TestContext.Progress.WriteLine(_report.Summary());
    }

    [TestCaseSource(nameof(SnapshotOperations))]
    public void Mutated_requests_get_no_5xx_a_problem_for_every_4xx_and_no_2xx_for_forbidden_input(string operation)
    {
        if (!_report.ByOperation.TryGetValue(operation, out var result))
        {
            Assert.Inconclusive($"{operation} is in the snapshot but not in the live document; OpenApiSnapshotTests reports it.");
            return;
        }

        TestContext.Out.WriteLine(result.Describe());
        var failures = result.Failures.ToList();
        Assert.That(failures, Is.Empty, $"{failures.Count} answers broke the rules:\n    {string.Join("\n    ", failures)}");
    }

    [Test]
    public void Operations_the_snapshot_lacks_are_fuzzed_too()
    {
        var inSnapshot = ApiDocument.Snapshot().Operations.Select(o => o.Key).ToHashSet();
        var extra = _report.ByOperation.Values.Where(r => !inSnapshot.Contains(r.Operation.Key)).ToList();
        foreach (var result in extra)
        {
            TestContext.Out.WriteLine(result.Describe());
        }

        var failures = extra.SelectMany(r => r.Failures).ToList();
        Assert.That(failures, Is.Empty, $"{failures.Count} answers broke the rules:\n    {string.Join("\n    ", failures)}");
    }

    [Test]
    public void The_fuzzer_reaches_every_operation_within_its_budget()
    {
        TestContext.Out.WriteLine(_report.Summary());

        Assert.That(_report.ByOperation.Keys, Is.EquivalentTo(_live.Operations.Select(o => o.Key)));
        Assert.That(_report.ByOperation.Values.Select(r => r.Answers.Count), Has.All.GreaterThanOrEqualTo(2));
        Assert.That(_report.Requests, Is.LessThanOrEqualTo(Math.Max(Budget, MinPerOperation * _live.Operations.Count)));
    }

    /// <summary>
    /// The manager where an operation allows it, else its first stated role: a buyer of West Sussex (the SET DPS's lead),
    /// or the supplier who owns the resource the path names (else the first supplier found), so that neither
    /// authorization nor scoping hides how the input is handled.
    /// </summary>
    private sealed class FuzzCallers(DpsApiFactory api, HttpClient manager, KnownIds ids)
    {
        private readonly Dictionary<string, Task<HttpClient>> _clients = new() { [DpsRoles.Manager] = Task.FromResult(manager) };

        public Task<HttpClient> ForAsync(ApiOperation operation)
        {
            if (operation.Roles.Anonymous)
            {
                return Task.FromResult(api.CreateClient());
            }

            var role = operation.Roles.Allow(DpsRoles.Manager) ? DpsRoles.Manager : operation.Roles.Roles![0];
            Guid? supplierId = role == DpsRoles.Supplier ? OwnerOf(operation) : null;
            lock (_clients)
            {
                var key = $"{role} {supplierId}";
                if (!_clients.TryGetValue(key, out var client))
                {
                    _clients[key] = client = role switch
                    {
                        DpsRoles.Buyer => api.ClientAsAsync(role, authorityId: DemoPurchasingSystems.WestSussex.Id),
                        DpsRoles.Supplier => api.ClientAsAsync(role, supplierId: supplierId),
                        _ => api.ClientAsAsync(role),
                    };
                }

                return client;
            }
        }

        private Guid OwnerOf(ApiOperation operation)
        {
            var owner = operation.InPath.Reverse()
                .Select(p => p.Name == "supplierId" ? ids.ForPath(operation, p.Name) : ids.ItemFor(operation, p.Name)?["supplierId"]?.ToString())
                .FirstOrDefault(id => id is not null) ?? ids.ForMember("supplierId");
            return Guid.TryParse(owner, out var id) ? id : DemoSetProviders.OakfieldId;
        }
    }
}
