/** Every row of a list, following `X-Next-Cursor` from page to page. */
export async function readAllPages<T = any>(baseUrl: string, token: string, path: string): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const url = `${baseUrl}${path}${path.includes('?') ? '&' : '?'}${cursor ? `cursor=${cursor}` : ''}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    rows.push(...((await response.json()) as T[]));
    cursor = response.headers.get('x-next-cursor');
  } while (cursor);
  return rows;
}
