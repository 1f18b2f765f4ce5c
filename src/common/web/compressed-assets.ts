import type { NextFunction, Request, Response } from 'express';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text that compresses; images and fonts already are. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = 'br' | 'gzip';
interface Compressed {
  br: Promise<Buffer>;
  gzip: Promise<Buffer>;
}

/** The encoding the browser takes, brotli first; none for `identity` only or a q=0 refusal. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const offered = new Map(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => [name.toLowerCase(), params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)) ? 0 : 1] as const),
  );
  if ((offered.get('br') ?? 0) > 0) return 'br';
  if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/**
 * The built app's text files compressed once (brotli at its best and gzip), in the background when the server starts,
 * off the event loop: a border post's link downloads the app in a quarter of the bytes. `serve` answers a compressed
 * file, or passes on to the static files for anything else (another file, a browser taking neither encoding).
 */
export function compressedAssets(directory: string, cacheControl: (file: string) => string) {
  const cache = new Map<string, Compressed>();
  for (const file of filesUnder(directory)) {
    if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < 1024) continue;
    const content = readFileSync(file);
    const entry: Compressed = {
      br: brotli(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      }),
      gzip: gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
    };
    // A failure only means this file goes out uncompressed (serve falls back to the plain file).
    entry.br.catch(() => cache.delete(file));
    entry.gzip.catch(() => cache.delete(file));
    cache.set(`/${relative(directory, file).split(sep).join('/')}`, entry);
  }
  return (request: Request, response: Response, next: NextFunction, path = request.path): void => {
    const entry = cache.get(path);
    const encoding = entry ? chooseEncoding(request.headers['accept-encoding']) : null;
    response.vary('Accept-Encoding');
    if (!entry || !encoding) return next();
    entry[encoding].then(
      (body) => {
        response.setHeader('Content-Encoding', encoding);
        response.setHeader('Cache-Control', cacheControl(path));
        response.type(extname(path));
        response.setHeader('Content-Length', body.length);
        if (request.method === 'HEAD') response.end();
        else response.end(body);
      },
      () => next(),
    );
  };
}
