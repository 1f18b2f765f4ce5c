import { permissionsOf } from './permissions';
import { Role } from './role';

describe('permissionsOf', () => {
  it('joins the roles, once each, and always lets a user read their account', () => {
    const p = permissionsOf([Role.OFFICER, Role.AGENCY_HEAD]);
    expect(p).toContain('tasks:complete');
    expect(p).toContain('extensions:decide');
    expect(p).toContain('me:read');
    expect(new Set(p).size).toBe(p.length);
  });
  it('gives the administrator no access to tips or cases', () => {
    const p = permissionsOf([Role.ADMIN]);
    expect(p).toContain('users:manage');
    expect(p.some((x) => x.startsWith('tips:') || x.startsWith('cases:') || x.startsWith('tipster'))).toBe(false);
  });
});
