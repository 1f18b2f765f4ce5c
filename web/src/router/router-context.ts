import type { Me } from '../session/use-me';

/** What every route's guard knows: who is signed in (the router runs only once someone is); screens read `useSignedInMe`. */
export interface RouterContext {
  me: Me;
}
