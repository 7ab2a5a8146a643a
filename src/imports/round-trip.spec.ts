import { consultationExportColumns } from '../consultations/consultation-export-columns.js';
import { isImportHeader, layoutOf } from './columns.js';

describe("Pavilion's own exports, re-imported", () => {
  it.each([true, false])('every consultation export header is an import header (personal data %s)', (personal) => {
    const headers = consultationExportColumns(personal).map((column) => column.header);
    expect(headers.filter((header) => !isImportHeader(header))).toEqual([]);
  });

  it('reads the export amounts and currencies, and lists what it skips with why', () => {
    const headers = consultationExportColumns(true).map((column) => column.header);
    const layout = layoutOf(headers, 'consultations', null);
    if (typeof layout === 'string') throw new Error(layout);
    expect(layout.header).toMatchObject({ amount: 'estimatedAmount', currency: 'estimatedCurrency', product: 'productInterest', ref: 'id', country: 'country' });
    expect(layout.header.quantity).toBe('quantity');
    expect(layout.ignored.map((column) => column.header)).toEqual(['fairId', 'buyerPhone', 'localDate', 'estimatedValueUsd', 'rateUnitsPerUsd']);
  });

  it('reports an unknown header instead of dropping it silently', () => {
    const layout = layoutOf(['Company', 'Country', 'Date', 'Booth no.', ''], 'consultations', null);
    expect(layout).toMatchObject({ ignored: [{ header: 'Booth no.', reason: 'unknown column' }] });
    expect(layoutOf(['Firma', 'Land', 'Datum', 'Stand'], 'consultations', { Firma: 'company', Land: 'country', Datum: 'occurredAt' })).toMatchObject({
      ignored: [{ header: 'Stand', reason: 'not in the mapping' }],
    });
  });
});
