using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.Suppliers;
using FluentValidation;
using MediatR;

namespace Dps.Qualification.Application.Suppliers;

/// <summary>A supplier corrects its own organisation's details.</summary>
public sealed record UpdateSupplier(Guid SupplierId, string Name, string CompanyNumber, bool? IsSme, Contact Contact, uint? ExpectedVersion)
    : ICommand<SupplierResponse>, ISupplierDetails;

internal sealed class UpdateSupplierValidator : AbstractValidator<UpdateSupplier>
{
    public UpdateSupplierValidator() => Include(SupplierDetailsRules.Instance);
}

internal sealed class UpdateSupplierHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<UpdateSupplier, SupplierResponse>
{
    public async Task<SupplierResponse> Handle(UpdateSupplier command, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.GetOwnAsync(actor, command.SupplierId, cancellationToken);
        db.ExpectVersion(supplier, command.ExpectedVersion);
        supplier.Update(command.Name, command.CompanyNumber, command.IsSme!.Value, command.Contact);
        await db.SaveChangesAsync(cancellationToken);
        return SupplierResponse.From(supplier);
    }
}
