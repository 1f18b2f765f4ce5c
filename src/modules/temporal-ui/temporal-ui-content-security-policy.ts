import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../../common/edge/content-security-policy';

/** Inline scripts only: a `<script>` without `src`. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The policy for a page of the Temporal Web UI. Its index.html starts the app with one inline script, rewritten for
 * the public path (so the UI server drops its own policy): that script is allowed by its hash, nothing else inline.
 * The app loads its modules from this origin and talks only to it (the UI's API and the codec endpoint); its
 * components set inline styles. Nothing may frame it.
 */
export function temporalUiContentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  return contentSecurityPolicy(hashes);
}
