import { createRouter } from '@tanstack/react-router';
import type { Me } from '../session/use-me';
import { plainSearch } from './search/plain-search';
import { routeTree } from './route-tree';

/**
 * The web app's router: code-based route tree, the query string in the API's plain form. The context's `me` is set
 * by `App` (RouterProvider) once someone is signed in; until then no route runs.
 */
export const router = createRouter({
  routeTree,
  context: { me: undefined as unknown as Me },
  parseSearch: plainSearch.parse,
  stringifySearch: plainSearch.stringify,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
