import { locationOf } from './location.js';

describe('locationOf', () => {
  it('fills each {name} of the GET path with the answer field of that name', () => {
    const id = '0b7c4f0e-8a55-4d2a-9a4b-2f4b0c8e1d11';
    const companyId = '5d1f2e3a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
    expect(locationOf('/v1/fairs/{id}', { id, name: 'CMEF 2017' })).toBe(`/v1/fairs/${id}`);
    expect(locationOf('/v1/fairs/{fairId}/participants/{companyId}', { fairId: id, companyId })).toBe(`/v1/fairs/${id}/participants/${companyId}`);
  });

  it('gives no location rather than a wrong one when the answer lacks a field, and encodes what it fills in', () => {
    expect(locationOf('/v1/fairs/{id}', { name: 'CMEF 2017' })).toBeUndefined();
    expect(locationOf('/v1/fairs/{id}', null)).toBeUndefined();
    expect(locationOf('/v1/categories/{slug}', { slug: 'a/b c' })).toBe('/v1/categories/a%2Fb%20c');
  });
});
