import { type Me, useMe } from './use-me';

/**
 * The signed-in account, live from GET /me's query (a language switch shows at once), for the screens under the
 * router, which renders only once someone is signed in. The router's context holds the account its guards saw when
 * the route loaded, not later changes: screens read it here.
 */
export function useSignedInMe(): Me {
  const me = useMe().data;
  if (!me) throw new Error('A screen of the router rendered with nobody signed in');
  return me;
}
