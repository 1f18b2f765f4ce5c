import { agencyStillInUse, withNamedField } from '../../web/src/screens/admin/admin-errors';
import { catalogueProblem } from '../../web/src/screens/admin/catalogue-problem';
import { type CatalogueEntry, compareCatalogues } from '../../web/src/screens/admin/compare-catalogues';

const entry = (key: string, amount: number, extra: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  key,
  title: { vi: key, en: key },
  duration: { amount, unit: 'days' },
  nature: 'LAW',
  legalBasis: 'BLTTHS 2015 art. 147(1)',
  confidence: 'TEXT',
  ...extra,
});
const ladder = { reminderAtRatio: 0.75, levels: [{ level: 1, target: 'AGENCY_HEAD', after: { amount: 0, unit: 'hours' } }] };

describe('compareCatalogues', () => {
  it('names the entries a newer version added, removed and changed, and the fields that changed', () => {
    const older = { version: 1, entries: [entry('TIP_VERIFY', 20), entry('RESCUE_DECIDE', 1), entry('OLD_ONLY', 5)], escalationLadder: ladder };
    const newer = {
      version: 2,
      entries: [entry('TIP_VERIFY', 20), entry('RESCUE_DECIDE', 2, { legalBasis: 'Plan 19' }), entry('NEW_ONLY', 3)],
      escalationLadder: ladder,
    };
    const result = compareCatalogues(older, newer);
    expect(result.added.map((e) => e.key)).toEqual(['NEW_ONLY']);
    expect(result.removed.map((e) => e.key)).toEqual(['OLD_ONLY']);
    expect(result.changed).toEqual([{ key: 'RESCUE_DECIDE', before: older.entries[1], after: newer.entries[1], fields: ['duration', 'legalBasis'] }]);
    expect(result.escalationLadderChanged).toBe(false);
  });

  it('sees no change in key order, and sees a field added to an entry and a changed ladder', () => {
    const reordered = { ...entry('TIP_VERIFY', 20), duration: { unit: 'days', amount: 20 } };
    const same = compareCatalogues(
      { version: 1, entries: [entry('TIP_VERIFY', 20)], escalationLadder: ladder },
      { version: 2, entries: [reordered], escalationLadder: { levels: ladder.levels, reminderAtRatio: 0.75 } },
    );
    expect(same).toEqual({ added: [], removed: [], changed: [], escalationLadderChanged: false });
    const counted = compareCatalogues(
      { version: 1, entries: [entry('TIP_VERIFY', 20)], escalationLadder: ladder },
      { version: 2, entries: [entry('TIP_VERIFY', 20, { counting: 'ART_134' })], escalationLadder: { ...ladder, reminderAtRatio: 0.8 } },
    );
    expect(counted.changed.map((c) => c.fields)).toEqual([['counting']]);
    expect(counted.escalationLadderChanged).toBe(true);
  });
});

describe('catalogueProblem', () => {
  it('takes the path and the entry index from the API check', () => {
    expect(catalogueProblem('entries[3].duration (5 days) is shorter than the statute’s 20 days (BLTTHS)')).toEqual({
      path: 'entries[3].duration',
      entryIndex: 3,
      text: 'entries[3].duration (5 days) is shorter than the statute’s 20 days (BLTTHS)',
    });
    expect(catalogueProblem('entries[0]: a UNVERIFIED value cannot be LAW; publish it as POLICY')).toMatchObject({
      path: 'entries[0]',
      entryIndex: 0,
    });
    expect(catalogueProblem('escalationLadder.levels[1].target is invalid')).toMatchObject({
      path: 'escalationLadder.levels[1].target',
      entryIndex: null,
    });
    expect(catalogueProblem('something else')).toMatchObject({ path: null, entryIndex: null });
  });
});

describe('admin errors', () => {
  const conflict = (reason: string) => ({ statusCode: 409, code: 'CONFLICT' as const, message: 'Xung đột', reason });
  it('puts a conflict that names its field next to that field', () => {
    const message = 'Xung đột (username: ana is taken)';
    expect(withNamedField([{ message }], conflict('username: ana is taken'), ['username'])).toEqual([{ field: 'username', message }]);
    expect(
      withNamedField<{ field?: string; message: string }>([{ message }], conflict('You cannot deactivate your own account'), ['username'])[0].field,
    ).toBeUndefined();
    expect(withNamedField([{ message, field: 'displayName' }], conflict('username: x'), ['username'])[0].field).toBe('displayName');
  });
  it('reads what still holds an agency', () => {
    expect(
      agencyStillInUse(
        conflict('Agency X still has 2 open task(s), 1 active user(s) and 0 active sub-agency(ies): reassign, move or deactivate them first'),
      ),
    ).toEqual({ tasks: 2, users: 1, children: 0 });
    expect(agencyStillInUse(conflict('other'))).toBeNull();
  });
});
