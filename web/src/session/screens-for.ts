import type { Me } from './use-me';

export type ScreenPath =
  '/duty-desk' | '/inbox' | '/escalations' | '/approvals' | '/dashboard' | '/tasks' | '/cases' | '/tips' | '/audit' | AdminScreenPath;

export const ADMIN_SCREENS = ['/admin/users', '/admin/agencies', '/admin/catalogue', '/admin/calendar'] as const;
export type AdminScreenPath = (typeof ADMIN_SCREENS)[number];

/** The screens a role works in, first one the landing screen. */
export function screensFor(me: Me): ScreenPath[] {
  const screens: ScreenPath[] = [];
  if (me.roles.includes('COORDINATOR')) screens.push('/duty-desk');
  // A coordinator works the standing office's own steps (the urgent rescue decision, Mondulkiri's refusal) in its inbox.
  if (me.roles.some((role) => role === 'OFFICER' || role === 'AGENCY_HEAD' || role === 'COORDINATOR')) screens.push('/inbox');
  if (me.roles.some((role) => role === 'AGENCY_HEAD' || role === 'COORDINATOR')) screens.push('/escalations');
  if (me.roles.includes('AGENCY_HEAD')) screens.push('/approvals');
  if (me.roles.some((role) => role === 'LEADERSHIP' || role === 'COORDINATOR')) screens.push('/dashboard');
  // The lists each role may read (README "Access"): tasks and cases for every case reader, tips for the duty desk.
  if (me.roles.some((role) => role === 'COORDINATOR' || role === 'OFFICER' || role === 'AGENCY_HEAD' || role === 'LEADERSHIP'))
    screens.push('/tasks', '/cases');
  if (me.roles.includes('COORDINATOR')) screens.push('/tips');
  if (me.roles.includes('ADMIN')) screens.push(...ADMIN_SCREENS);
  if (me.roles.includes('AUDITOR')) screens.push('/audit');
  return screens;
}
