import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built web app (vite build → web/dist), from src/ under ts-node/jest or dist/src/ once compiled; WEB_DIST_DIR overrides. */
export function webAppDirectory(): string | undefined {
  const candidates = process.env.WEB_DIST_DIR
    ? [resolve(process.env.WEB_DIST_DIR)]
    : [resolve(__dirname, '../../../web/dist'), resolve(__dirname, '../../../../web/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}
