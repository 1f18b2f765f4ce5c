import type { Me } from './use-me';

export type ScreenPath = '/duty-desk' | '/inbox' | '/escalations' | '/approvals' | '/dashboard';

/** The screens a role works in, first one the landing screen. */
export function screensFor(me: Me): ScreenPath[] {
  const screens: ScreenPath[] = [];
  if (me.roles.includes('COORDINATOR')) screens.push('/duty-desk');
  if (me.roles.some((role) => role === 'OFFICER' || role === 'AGENCY_HEAD')) screens.push('/inbox');
  if (me.roles.includes('AGENCY_HEAD')) screens.push('/escalations');
  if (me.roles.includes('AGENCY_HEAD')) screens.push('/approvals');
  if (me.roles.some((role) => role === 'LEADERSHIP' || role === 'COORDINATOR')) screens.push('/dashboard');
  return screens;
}
