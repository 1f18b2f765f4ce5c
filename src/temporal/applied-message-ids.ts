/**
 * The ids of the signals and updates a workflow has applied, so that a copy of one is refused. Bounded: the oldest
 * are forgotten past the limit (updates are also deduplicated by the server, per run, for their whole life).
 */
export class AppliedMessageIds {
  private readonly ids = new Set<string>();

  constructor(private readonly limit = 1000) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    this.ids.add(id);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value as string);
  }
}
