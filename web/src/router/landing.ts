import { redirect } from '@tanstack/react-router';
import { screensFor } from '../session/screens-for';
import type { Me } from '../session/use-me';

/** `/` and any address the app does not know open the role's landing screen, replacing the address (nothing when it has none). */
export function toLanding(me: Me): void {
  const landing = screensFor(me)[0];
  if (landing) throw redirect({ to: landing, replace: true });
}
