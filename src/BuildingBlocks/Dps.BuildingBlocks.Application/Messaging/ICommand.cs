using MediatR;

namespace Dps.BuildingBlocks.Application.Messaging;

/// <summary>A request that changes state: it runs in the module's unit of work and is audited.</summary>
public interface ICommand;

public interface ICommand<out TResult> : IRequest<TResult>, ICommand;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
