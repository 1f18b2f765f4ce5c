import { createServer } from 'node:net';

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A frontend port for a Temporal server whose other ports (scripts/temporal-server.js serverPorts: -300..+10 around
 * it) are free too. Not from the OS's ephemeral range: the server stores its membership ports as smallint (< 32768).
 */
export async function temporalServerPort(): Promise<number> {
  const offsets = [0, 1, 2, 6, 10, 767, -300, -299, -298, -294];
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 11_000);
    const checks = await Promise.all(offsets.map((offset) => free(base + offset)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error('no free range of ports for a Temporal server between 19700 and 31800');
}
