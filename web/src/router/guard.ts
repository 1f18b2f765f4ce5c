import { redirect } from '@tanstack/react-router';
import { type ScreenPath, screensFor } from '../session/screens-for';
import type { Me } from '../session/use-me';

/**
 * A route's role check (its `beforeLoad`): a screen the role does not work in, like an unknown address, falls back to
 * the role's landing screen (the first of its screens), replacing the address; with no screen at all, to `/`, where the
 * shell says so.
 */
export function requireScreen(me: Me, screen: ScreenPath): void {
  const screens = screensFor(me);
  if (screens.includes(screen)) return;
  throw redirect({ to: screens[0] ?? '/', replace: true });
}
