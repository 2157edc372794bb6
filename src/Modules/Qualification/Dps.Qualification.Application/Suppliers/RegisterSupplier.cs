using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Suppliers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Suppliers;

/// <summary>A supplier registers its own organisation, under the supplier_id its token carries.</summary>
public sealed record RegisterSupplier(string Name, string CompanyNumber, bool? IsSme, Contact Contact)
    : ICommand<SupplierResponse>, ISupplierDetails;

internal sealed class RegisterSupplierValidator : AbstractValidator<RegisterSupplier>
{
    public RegisterSupplierValidator() => Include(SupplierDetailsRules.Instance);
}

internal sealed class RegisterSupplierHandler(IQualificationDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<RegisterSupplier, SupplierResponse>
{
    public async Task<SupplierResponse> Handle(RegisterSupplier command, CancellationToken cancellationToken)
    {
        var id = SupplierId.From(actor.OwnSupplierId()
            ?? throw new ForbiddenException("Only a supplier's token, naming its supplier_id, can register its organisation."));
        var alreadyRegistered = await db.Suppliers.AnyAsync(s => s.Id == id, cancellationToken);
        var supplier = Supplier.Register(
            id, command.Name, command.CompanyNumber, command.IsSme!.Value, command.Contact, alreadyRegistered, clock.GetUtcNow());
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync(cancellationToken);
        return SupplierResponse.From(supplier);
    }
}
