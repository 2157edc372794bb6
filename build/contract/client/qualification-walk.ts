// The qualification flow as a client built on the generated types would walk it: mint development tokens, find a DPS
// and read one of its categories, register a supplier and its establishment, apply to the category and submit. It is
// compiled (tsc --strict, by build/contract.sh), not run: required members are read plainly, with no `!` and no `?.`,
// so a member the document stops requiring, or starts calling nullable, breaks the build here.
import type { components, paths } from "./generated/dps-api";

type Schemas = components["schemas"];
type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

type MintToken = paths["/dev/tokens"]["post"];
type ListDps = paths["/api/v1/dps"]["get"];
type GetCategory = paths["/api/v1/dps/{dpsId}/categories/{categoryId}"]["get"];
type RegisterSupplier = paths["/api/v1/suppliers"]["post"];
type AddEstablishment = paths["/api/v1/suppliers/{supplierId}/establishments"]["post"];
type DraftApplication = paths["/api/v1/applications"]["post"];
type SubmitApplication = paths["/api/v1/applications/{id}/submit"]["post"];
type ListMemberships = paths["/api/v1/memberships"]["get"];

const baseUrl = "http://localhost:5080";

class ProblemError extends Error {
  constructor(readonly problem: Schemas["Problem"]) {
    super(`${problem.status} ${problem.title}: ${problem.detail}${problem.rule === undefined ? "" : ` (rule ${problem.rule})`}`);
  }
}

async function send<Response>(method: "GET" | "POST", path: string, token: string | null, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (token !== null) {
    headers["Authorization"] = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  if (!response.ok) {
    throw new ProblemError((await response.json()) as Schemas["Problem"]);
  }
  return (await response.json()) as Response;
}

async function token(request: Json<MintToken["requestBody"]>): Promise<string> {
  const minted = await send<Json<MintToken["responses"][200]>>("POST", "/dev/tokens", null, request);
  console.log(`a ${minted.tokenType} token for ${request.role}, until ${minted.expiresAt}`);
  return minted.accessToken;
}

export async function walkQualification(): Promise<Schemas["ApplicationResponse"]> {
  const manager = await token({ role: "dps-manager" });

  const systems = await send<Json<ListDps["responses"][200]>>("GET", "/api/v1/dps?page=1&pageSize=10", manager);
  const dps: Schemas["DpsResponse"] | undefined = systems.items[0];
  if (dps === undefined) {
    throw new Error(`no DPS to apply to (of ${systems.total})`);
  }
  console.log(`${dps.reference} ${dps.title}: ${dps.status}, led by ${dps.leadAuthority.name}, valid ${dps.validFrom} to ${dps.validUntil}`);

  const categories = await send<Schemas["CategoryResponsePaged"]>("GET", `/api/v1/dps/${dps.id}/categories`, manager);
  const first = categories.items[0];
  if (first === undefined) {
    throw new Error(`${dps.reference} has no categories`);
  }
  const category = await send<Json<GetCategory["responses"][200]>>("GET", `/api/v1/dps/${dps.id}/categories/${first.id}`, manager);
  const description: string = category.description ?? "(no description)";
  console.log(`category ${category.name} (version ${category.version}): ${description}`);

  const supplierId = crypto.randomUUID();
  const supplierToken = await token({ role: "supplier", supplierId });
  const supplierBody: Json<RegisterSupplier["requestBody"]> = {
    name: "Oakfield Care Ltd",
    companyNumber: "01234567",
    isSme: true,
    contact: { name: "Sam Patel", email: "sam.patel@oakfield.example", phone: "+44 1403 123456" },
  };
  const supplier = await send<Json<RegisterSupplier["responses"][201]>>("POST", "/api/v1/suppliers", supplierToken, supplierBody);
  console.log(`registered ${supplier.name} (${supplier.companyNumber}) at ${supplier.registeredAt}, contact ${supplier.contact.email}`);

  const establishmentBody: Json<AddEstablishment["requestBody"]> = {
    name: "Oakfield School",
    address: "1 Church Lane\nHorsham\nWest Sussex",
    postcode: "RH12 1AB",
    latitude: 51.0629,
    longitude: -0.3259,
    ofstedUrn: "123456",
    ofstedRating: "Good",
    capacity: 40,
  };
  const establishment = await send<Json<AddEstablishment["responses"][201]>>(
    "POST", `/api/v1/suppliers/${supplier.id}/establishments`, supplierToken, establishmentBody);
  const rating: Schemas["OfstedRating"] | null = establishment.ofstedRating;
  console.log(`establishment ${establishment.name}, ${establishment.postcode}, Ofsted ${rating ?? "not rated"}`);

  const criteria = await send<Schemas["CriteriaResponse"]>("GET", `/api/v1/dps/${dps.id}/categories/${category.id}/criteria`, supplierToken);
  const draftBody: Json<DraftApplication["requestBody"]> = {
    dpsId: dps.id,
    establishmentId: establishment.id,
    categories: [
      {
        categoryId: category.id,
        answers: [...criteria.passFailCriteria, ...criteria.methodStatements].map(criterion => ({
          criterionCode: criterion.code,
          response: `Our answer to ${criterion.title}`,
          evidenceReferences: [],
        })),
        coreCosts: criteria.coreCostLines.map(line => ({ lineCode: line.code, amount: { amount: 1000, currency: "GBP" } })),
      },
    ],
  };
  const draft = await send<Json<DraftApplication["responses"][201]>>("POST", "/api/v1/applications", supplierToken, draftBody);
  const submitted = await send<Json<SubmitApplication["responses"][200]>>("POST", `/api/v1/applications/${draft.id}/submit`, supplierToken);
  const due: string | null = submitted.decisionDueOn;
  console.log(`application ${submitted.id}: ${submitted.status}, decision due ${due ?? "not yet set"}, ${submitted.categories.length} category`);

  const memberships = await send<Json<ListMemberships["responses"][200]>>("GET", `/api/v1/memberships?establishmentId=${establishment.id}`, supplierToken);
  for (const membership of memberships.items) {
    console.log(`member of ${membership.categoryId} since ${membership.admittedOn}, score ${membership.coreCompetencyScore}`);
  }
  return submitted;
}
