using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dps.Outbox.Bench;

/// <summary>
/// Counts the SQL statements EF Core sends, from its DiagnosticListener: each statement of a command's text (a saved
/// batch holds several), and BEGIN, COMMIT, ROLLBACK and savepoints. Those sent while <see cref="Tag"/> is set in
/// the current async flow (one request) are also counted apart.
/// </summary>
internal sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<StatementTally?> Current = new();

    private static readonly HashSet<string> TransactionStatements =
    [
        RelationalEventId.TransactionStarted.Name!,
        RelationalEventId.TransactionCommitted.Name!,
        RelationalEventId.TransactionRolledBack.Name!,
        RelationalEventId.CreatedTransactionSavepoint.Name!,
        RelationalEventId.ReleasedTransactionSavepoint.Name!,
        RelationalEventId.RolledBackToTransactionSavepoint.Name!,
    ];

    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private long _statements;

    public StatementCounter() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>Counts, apart, what the current async flow sends until the returned scope is disposed.</summary>
    public static IDisposable Tag(StatementTally tally)
    {
        Current.Value = tally;
        return new Untag();
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name || TransactionStatements.Contains(name)));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        var count = value.Value is CommandExecutedEventData executed ? StatementsIn(executed.Command.CommandText) : 1;
        Interlocked.Add(ref _statements, count);
        if (Current.Value is { } tally)
        {
            tally.Add(count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    /// <summary>EF Core separates the statements of a batch with semicolons; values travel as parameters, never in the text.</summary>
    private static int StatementsIn(string commandText) =>
        Math.Max(1, commandText.Split(';').Count(part => !string.IsNullOrWhiteSpace(part)));

    private sealed class Untag : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}

internal sealed class StatementTally
{
    private long _statements;

    public long Statements => Interlocked.Read(ref _statements);

    public void Add(int count) => Interlocked.Add(ref _statements, count);
}
