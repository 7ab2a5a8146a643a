import { roleSatisfies } from '../tenancy/role.js';

describe('roleSatisfies', () => {
  it('orders roles staff < manager < admin', () => {
    expect(roleSatisfies('admin', 'manager')).toBe(true);
    expect(roleSatisfies('manager', 'manager')).toBe(true);
    expect(roleSatisfies('manager', 'staff')).toBe(true);
    expect(roleSatisfies('staff', 'manager')).toBe(false);
    expect(roleSatisfies('manager', 'admin')).toBe(false);
  });
});
