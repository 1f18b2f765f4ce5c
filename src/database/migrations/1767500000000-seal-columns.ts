import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnSealer } from '../../common/crypto/column-sealer';
import { resealColumns } from '../sealing/reseal-columns';

/**
 * Seals what earlier versions kept in clear (tip summaries and places, outcomes' free text, extension reasons and
 * decision notes, cancel and close reasons, escalation notes) and moves tipster contacts from the single data key to
 * envelope encryption. Batched, and a no-op on an empty database. Keys: DATA_KEYS_FILE / DATA_ENCRYPTION_KEY.
 */
export class SealColumns1767500000000 implements MigrationInterface {
  name = 'SealColumns1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await resealColumns(q, columnSealer());
  }

  async down(): Promise<void> {
    // It changed no schema, only values: undoing it leaves them sealed (opening them back into clear text would undo the
    // protection this exists for), and the entities' transformers read both forms; `up` again skips what is sealed.
  }
}
