using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Fuzzing;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Authorization;

/// <summary>
/// Every operation of the live OpenAPI document, called without a token and as each role, with the fuzzer's valid-ish
/// request (random ids, so an allowed caller gets a 2xx or 4xx of the handler's own): no token is a 401 unless the
/// operation is anonymous, a role the operation does not state is a 403, and a stated role is let through (anything
/// but 401 and 403). Buyers carry an authority id and suppliers a supplier id, as their tokens must.
/// </summary>
public sealed class AuthorizationMatrixTests : ApiTest
{
    private const int Seed = 20261202;

    private IReadOnlyList<Cell> _matrix = null!;

    [OneTimeSetUp]
    public async Task CallEveryOperationAsEveryone()
    {
        var document = await ApiDocument.LiveAsync(Anonymous());
        var callers = new (string Name, string? Role, HttpClient Client)[]
        {
            ("no token", null, Anonymous()),
            (DpsRoles.Manager, DpsRoles.Manager, await AsManagerAsync()),
            (DpsRoles.Buyer, DpsRoles.Buyer, await AsAsync(DpsRoles.Buyer, authorityId: Guid.NewGuid())),
            (DpsRoles.Supplier, DpsRoles.Supplier, await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid())),
            (DpsRoles.Auditor, DpsRoles.Auditor, await AsAsync(DpsRoles.Auditor)),
        };
        var generator = new MutationGenerator(KnownIds.None, Seed);

        var cells = new List<Cell>();
        foreach (var operation in document.Operations)
        {
            var request = generator.ValidIsh(operation).Request;
            foreach (var (name, role, client) in callers)
            {
                using var message = request.ToMessage();
                using var response = await client.SendAsync(message);
                cells.Add(new Cell(operation, name, Expected(operation, role), (int)response.StatusCode, request));
            }
        }

        _matrix = cells;
        TestContext.Progress.WriteLine(Summary());
    }

    [Test]
    public void No_caller_is_let_in_where_the_document_does_not_allow_it()
    {
        TestContext.Out.WriteLine(Summary());
        var wrongAllows = _matrix.Where(c => c.Expected != Answer.LetIn && c.Actual == Answer.LetIn).ToList();

        Assert.That(wrongAllows, Is.Empty, $"{wrongAllows.Count} wrong allows:\n  {string.Join("\n  ", wrongAllows)}");
    }

    [Test]
    public void Every_stated_role_is_let_in_and_everyone_else_gets_the_documented_refusal()
    {
        var wrongDenies = _matrix.Where(c => c.Actual != c.Expected && c.Actual != Answer.LetIn).ToList();

        Assert.That(wrongDenies, Is.Empty, $"{wrongDenies.Count} wrong denies:\n  {string.Join("\n  ", wrongDenies)}");
    }

    private static Answer Expected(ApiOperation operation, string? role) =>
        operation.Roles.Allow(role) ? Answer.LetIn : role is null ? Answer.Unauthenticated : Answer.Forbidden;

    private string Summary()
    {
        var operations = _matrix.Select(c => c.Operation).Distinct().Count();
        var wrongAllows = _matrix.Count(c => c.Expected != Answer.LetIn && c.Actual == Answer.LetIn);
        var wrongDenies = _matrix.Count(c => c.Actual != c.Expected && c.Actual != Answer.LetIn);
        return $"Authorization matrix: {operations} operations × 5 callers = {_matrix.Count} requests; "
            + $"wrong allows: {wrongAllows}, wrong denies: {wrongDenies}";
    }

    private enum Answer
    {
        LetIn,
        Unauthenticated,
        Forbidden,
    }

    private sealed record Cell(ApiOperation Operation, string Caller, Answer Expected, int Status, FuzzRequest Request)
    {
        public Answer Actual => Status switch
        {
            401 => Answer.Unauthenticated,
            403 => Answer.Forbidden,
            _ => Answer.LetIn,
        };

        public override string ToString() =>
            $"{Operation.Key} as {Caller} (roles: {Operation.Roles}): expected {Describe(Expected)}, got {Status} — {Request}";

        private static string Describe(Answer answer) => answer switch
        {
            Answer.LetIn => "to be let in",
            Answer.Unauthenticated => "401",
            _ => "403",
        };
    }
}
