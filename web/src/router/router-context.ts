import type { Me } from '../session/use-me';

/** What every route's guard knows: who is signed in (the router runs only once someone is). */
export interface RouterContext {
  me: Me;
}
