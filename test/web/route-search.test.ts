import { plainSearch } from '../../web/src/router/search/plain-search';
import { validateInboxSearch } from '../../web/src/router/search/inbox-search';
import { validateTasksSearch } from '../../web/src/router/search/tasks-search';

/** The routes' search params: the address's plain query read into typed filters, and written back the same. */
describe('route search params', () => {
  const read = (query: string) => plainSearch.parse(query);

  it('reads /tasks filters into typed values and writes them back as they came', () => {
    const search = validateTasksSearch(read('?agencyCode=SO_Y_TE&dueState=OVERDUE&overdue=true&escalated=false'));
    expect(search).toEqual({ agencyCode: 'SO_Y_TE', dueState: 'OVERDUE', overdue: true, escalated: false });
    expect(plainSearch.stringify(search)).toBe('?agencyCode=SO_Y_TE&dueState=OVERDUE&overdue=true&escalated=false');
  });

  it('drops what the list cannot use instead of sending it to the API', () => {
    expect(validateTasksSearch(read('?dueState=LATE&processKind=RESCUE&overdue=yes&utm=x'))).toEqual({ processKind: 'RESCUE' });
    expect(plainSearch.stringify({ agencyCode: '', status: undefined })).toBe('');
  });

  it('gives the inbox the server’s four due states, and reads its older overdue/atRisk links as one of them', () => {
    for (const state of ['ON_TIME', 'AT_RISK', 'OVERDUE', 'PAUSED'])
      expect(validateInboxSearch(read(`?dueState=${state}`))).toEqual({ dueState: state });
    expect(validateInboxSearch(read('?view=mine&overdue=true'))).toEqual({ view: 'mine', dueState: 'OVERDUE' });
    expect(validateInboxSearch(read('?atRisk=true'))).toEqual({ dueState: 'AT_RISK' });
    expect(validateInboxSearch(read('?overdue=false&atRisk=false'))).toEqual({ dueState: 'ON_TIME' });
    expect(validateInboxSearch(read('?view=later&extensionRequested=false'))).toEqual({ extensionRequested: false });
  });
});
