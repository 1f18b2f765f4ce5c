import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/database/entities';
import { MIGRATIONS } from '../../src/database/migrations';

/** The migrations alone must produce exactly the schema the entities describe (synchronize is never used). */
describe('database schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    const adminUrl = process.env.TEST_PG_ADMIN_URL!;
    const name = `s_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    db = await new DataSource({
      type: 'postgres',
      url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
      entities: ENTITIES,
      migrations: MIGRATIONS,
    }).initialize();
  });
  afterAll(() => db?.destroy());

  it('migrations match the entities, and undo cleanly', async () => {
    expect((await db.runMigrations({ transaction: 'each' })).length).toBe(MIGRATIONS.length);
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    for (let i = 0; i < MIGRATIONS.length; i++) await db.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(count).toBe(0);
    await db.runMigrations({ transaction: 'each' });
  });

  it('has an index led by every column that refers to another row, declared foreign key or not', async () => {
    // Declared foreign keys: a whole-table (not partial) index whose leading columns are the key's columns.
    const declared: Array<{ table: string; columns: string[] }> = await db.query(
      `SELECT c.conrelid::regclass::text AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'f' GROUP BY c.oid, c.conrelid`,
    );
    // References the lists, the statistics and the escalation ladder join or filter on without a declared key.
    const byReference = [
      ['notifications', 'escalation_id'],
      ['notifications', 'task_id'],
      ['escalations', 'task_id'],
      ['escalations', 'process_id'],
      ['tasks', 'process_id'],
      ['tasks', 'case_id'],
      ['tips', 'case_id'],
    ].map(([table, column]) => ({ table, columns: [column] }));
    expect(declared.length).toBeGreaterThan(5);
    const indexes: Array<{ table: string; columns: string[] }> = await db.query(
      `SELECT i.indrelid::regclass::text AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indpred IS NULL GROUP BY i.indexrelid, i.indrelid`,
    );
    const led = (ref: { table: string; columns: string[] }) =>
      indexes.some((i) => i.table === ref.table && ref.columns.every((c, n) => i.columns[n] === c));
    const unindexed = [...declared, ...byReference].filter((ref) => !led(ref)).map((ref) => `${ref.table}(${ref.columns.join(', ')})`);
    expect(unindexed).toEqual([]);
  });

  it('seeds today’s agencies and the first deadline catalogue', async () => {
    const agencies = await db.query(`SELECT code, external FROM agencies`);
    const codes = agencies.map((a: { code: string }) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['BCD_VPTT', 'UBND_TINH', 'CA_TINH_CSDT', 'SO_Y_TE', 'VKS_TINH', 'TOA_TINH', 'EXT_MONDULKIRI']));
    // Victim reception moved to the Department of Health in 2025; the labour department is gone from the seed.
    expect(codes.some((c: string) => c.includes('LDTBXH'))).toBe(false);
    const [catalogue] = await db.query(`SELECT version, entries FROM deadline_catalogue_versions ORDER BY version`);
    expect(catalogue.version).toBe(1);
    const verify = catalogue.entries.find((e: { key: string }) => e.key === 'TIP_VERIFY');
    expect(verify).toMatchObject({ duration: { amount: 20, unit: 'days' }, nature: 'LAW', legalBasis: expect.stringContaining('147') });
  });
});
