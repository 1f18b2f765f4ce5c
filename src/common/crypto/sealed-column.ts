import type { ValueTransformer } from 'typeorm';
import { columnSealer } from './column-sealer';

/**
 * A text column sealed at rest: TypeORM seals on write and opens on read, so services and DTOs keep plain values.
 * Raw SQL bypasses transformers: a raw read opens with `openColumn` (or `columnSealer().open`), a raw write applies
 * the column's transformer (as `TasksService.saveProjection` does).
 */
export function sealedText(context: string): ValueTransformer {
  return {
    to: (value: string | null | undefined) => (typeof value === 'string' ? columnSealer().seal(value, context) : value),
    from: (value: string | null) => (typeof value === 'string' ? columnSealer().open(value, context) : value),
  };
}
