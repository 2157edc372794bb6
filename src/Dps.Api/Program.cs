using Dps.Api;
using Dps.Api.Database;
using Dps.Api.Hosting;
using Dps.Catalogue.Infrastructure;
using Dps.ContractManagement.Infrastructure;
using Dps.Evaluation.Infrastructure;
using Dps.Qualification.Infrastructure;
using Dps.Referral.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDpsPlatform(builder.Configuration);
builder.Services
    .AddQualificationModule()
    .AddCatalogueModule()
    .AddReferralModule()
    .AddEvaluationModule()
    .AddContractManagementModule();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

app.UseDpsPlatform();
var api = app.MapDpsApi();
api.MapQualificationEndpoints();
api.MapCatalogueEndpoints();
api.MapReferralEndpoints();
api.MapEvaluationEndpoints();
api.MapContractManagementEndpoints();
app.MapPlatformEndpoints(api);

await app.PrepareDatabaseAsync();
app.LogListeningAddresses();
await app.RunAsync();

/// <summary>The API host; public so the integration tests can start it.</summary>
public partial class Program;
