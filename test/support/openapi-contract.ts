interface Operation {
  responses?: Record<string, unknown>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  statuses: Set<string>;
}

const documents = new Map<string, Promise<Route[]>>();

function routesOf(document: Document): Route[] {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([, operation]) => operation && typeof operation === 'object' && 'responses' in operation)
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        statuses: new Set(Object.keys(operation.responses ?? {})),
      })),
  );
}

/** The routes the API under test documents at /docs-json, fetched once per server. */
function documentedRoutes(baseUrl: string): Promise<Route[]> {
  let routes = documents.get(baseUrl);
  if (!routes) {
    routes = fetch(`${baseUrl}/docs-json`).then(async (r) => {
      if (!r.ok) throw new Error(`GET /docs-json answered ${r.status}: cannot check responses against the OpenAPI document`);
      return routesOf((await r.json()) as Document);
    });
    // A failed fetch is not remembered: the next request asks again.
    routes.catch(() => documents.delete(baseUrl));
    documents.set(baseUrl, routes);
  }
  return routes;
}

/**
 * Fails (throws) when a documented route answers a status its OpenAPI entry does not declare. Requests to paths or
 * methods the document does not know (a deliberate unknown route, the docs themselves) are not checked: there is no
 * entry to hold them to.
 */
export async function checkDocumentedStatus(baseUrl: string, method: string, url: string, status: number, body: unknown): Promise<void> {
  const path = decodeSafely(url.split('?')[0].split('#')[0]);
  if (path.startsWith('/docs')) return;
  const routes = await documentedRoutes(baseUrl);
  const candidates = routes.filter((r) => r.pattern.test(path));
  // A literal path (/tasks/mine) wins over a template that also matches it (/tasks/{id}).
  const route =
    candidates.find((r) => r.method === method.toUpperCase() && !r.template.includes('{')) ??
    candidates.find((r) => r.method === method.toUpperCase());
  if (!route || route.statuses.has(String(status)) || route.statuses.has('default')) return;
  throw new Error(
    `Undocumented response: ${method.toUpperCase()} ${route.template} (${url}) answered ${status}, but its OpenAPI entry declares only ` +
      `${[...route.statuses].sort().join(', ')}. Body: ${JSON.stringify(body)?.slice(0, 500)}`,
  );
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
