import { layoutOf, type ColumnLayout } from './columns.js';
import { countryCode } from '../common/countries.js';
import { RowParser, type ParsedConsultation, type ParsedContract, type RowError } from './row-parser.js';

const FAIR = { id: 'fair', timezone: 'Asia/Shanghai', startsOn: '2017-05-15', endsOn: '2017-05-18' };

const layout = (headers: string[], kind: 'consultations' | 'contracts' = 'consultations'): ColumnLayout => {
  const result = layoutOf(headers, kind, null);
  if (typeof result === 'string') throw new Error(result);
  return result;
};

describe('import columns', () => {
  it('recognises English and Korean headers, whatever their case and spacing', () => {
    const result = layout(['번호', '업체명', '바이어 회사', '이메일', '국가', '상담일자', '상담액', '통화', 'STAGE']);
    expect(result.index).toEqual({ ref: 0, company: 1, buyerOrganisation: 2, buyerEmail: 3, country: 4, occurredAt: 5, amount: 6, currency: 7, stage: 8 });
  });

  it('names what a file lacks, and refuses two columns for one field', () => {
    expect(layoutOf(['Company', 'Country'], 'consultations', null)).toBe('no column for occurredAt (headers: Company, Country)');
    expect(layoutOf(['Company', '업체명', 'Date', 'Country'], 'consultations', null)).toBe('columns "Company" and "업체명" both map to company');
  });

  it('uses an explicit mapping instead of recognition', () => {
    expect(layoutOf(['Firma', 'Land', 'Datum'], 'consultations', { Firma: 'company', Land: 'country', Datum: 'occurredAt' })).toMatchObject({
      index: { company: 0, country: 1, occurredAt: 2 },
    });
  });
});

describe('countries', () => {
  it('reads ISO codes and English and Korean names, and nothing else', () => {
    expect(['cn', 'Vietnam', '베트남', '아랍에미리트', 'UAE', 'United States', '미국'].map(countryCode)).toEqual(['CN', 'VN', 'VN', 'AE', 'AE', 'US', 'US']);
    expect(['Atlantis', 'XX', 'VD', ''].map(countryCode)).toEqual([null, null, null, null]);
  });
});

describe('RowParser', () => {
  const consultations = new RowParser('consultations', layout(['Ref', 'Company', 'Country', 'Date', 'Amount', 'Currency', 'Stage', 'Type']), FAIR);

  it('reads a consultation as the API would store it', () => {
    const row = consultations.parse(2, ['R1', ' Wonju Medical ', '중국', '2017-05-15 9:05', '1,500.5', 'krw', '성사', '통역']) as ParsedConsultation;
    expect(row).toMatchObject({
      key: 'ref:R1', company: 'Wonju Medical', country: 'CN', localTime: '2017-05-15 09:05:00', localDate: '2017-05-15',
      amount: '1500.50', currency: 'KRW', stage: 'won', type: 'interpreted',
    });
  });

  it('reads lead rating, next step and follow-up due date, and dates a video consultation after the fair', () => {
    const parser = new RowParser('consultations', layout(['Company', 'Country', 'Date', 'Type', '리드등급', '후속조치', 'Follow-up due']), FAIR);
    expect(parser.parse(2, ['C', 'CN', '2017-07-03 10:00', '화상', '상', 'Send samples', '2017-07-20'])).toMatchObject({
      type: 'video', localDate: '2017-07-03', rating: 'hot', nextStep: 'Send samples', followUpDue: '2017-07-20',
    } satisfies Partial<ParsedConsultation>);
    expect(parser.parse(3, ['C', 'CN', '2017-05-16', 'booth', 'warm', null, null])).toMatchObject({ rating: 'warm', nextStep: null, followUpDue: null });
    const during = parser.parse(4, ['C', 'CN', '2017-05-18 10:00', 'video', null, null, null]) as RowError[];
    expect(during.map((error) => error.column)).toEqual(['Date']);
    const bad = parser.parse(5, ['C', 'CN', '2017-05-16', 'booth', 'lukewarm', null, '20/07/2017']) as RowError[];
    expect(bad.map((error) => error.column)).toEqual(['리드등급', 'Follow-up due']);
  });

  it('takes an Excel date cell as wall-clock time at the venue, and an instant with an offset in the fair zone', () => {
    const fromExcel = consultations.parse(2, ['R1', 'C', 'CN', new Date(Date.UTC(2017, 4, 16, 14, 30)), null, null, null, null]) as ParsedConsultation;
    expect(fromExcel.localTime).toBe('2017-05-16 14:30:00');
    const instant = consultations.parse(2, ['R1', 'C', 'CN', '2017-05-16T23:30:00Z', null, null, null, null]) as ParsedConsultation;
    expect(instant.localTime).toBe('2017-05-17 07:30:00');
  });

  it('reports every bad cell of a row with its column', () => {
    const errors = consultations.parse(7, ['R1', '', 'Atlantis', '2017-06-01', '-5', 'USD', 'maybe', 'booth']) as RowError[];
    expect(errors.map((error) => [error.rowNumber, error.column])).toEqual([[7, 'Company'], [7, 'Country'], [7, 'Amount'], [7, 'Date'], [7, 'Stage']]);
    expect(errors.find((error) => error.column === 'Amount')?.message).toBe('amount must not be negative');
  });

  it('keys rows without a row id by their content, the same in any file', () => {
    const parser = new RowParser('consultations', layout(['Company', 'Country', 'Date']), FAIR);
    const a = parser.parse(2, ['C', 'CN', '2017-05-15 10:00']) as ParsedConsultation;
    const b = parser.parse(90, ['C', 'cn', '2017-05-15 10:00:00']) as ParsedConsultation;
    const c = parser.parse(3, ['C', 'CN', '2017-05-15 10:01']) as ParsedConsultation;
    expect(a.key).toMatch(/^id:/);
    expect(b.key).toBe(a.key);
    expect(c.key).not.toBe(a.key);
  });

  it('reads a quantity as the API does: a whole number from 1 to 1,000,000,000', () => {
    const parser = new RowParser('consultations', layout(['Company', 'Country', 'Date', '수량']), FAIR);
    expect((parser.parse(2, ['C', 'CN', '2017-05-15', '1,200']) as ParsedConsultation).quantity).toBe(1200);
    expect((parser.parse(3, ['C', 'CN', '2017-05-15', null]) as ParsedConsultation).quantity).toBeNull();
    expect((parser.parse(4, ['C', 'CN', '2017-05-15', '0']) as RowError[]).map((error) => error.column)).toEqual(['수량']);
    expect((parser.parse(5, ['C', 'CN', '2017-05-15', '2.5']) as RowError[]).map((error) => error.column)).toEqual(['수량']);
  });

  it('keys rows on what identifies them, so more columns (notes, stage, a product) keep the key', () => {
    const narrow = new RowParser('consultations', layout(['Company', 'Country', 'Date', 'Amount', 'Currency']), FAIR);
    const wide = new RowParser('consultations', layout(['Company', 'Country', 'Date', 'Amount', 'Currency', 'Notes', 'Stage', 'Product', 'Buyer']), FAIR);
    const a = narrow.parse(2, ['Wonju Medical', 'CN', '2017-05-15 10:00', '1500', 'USD']) as ParsedConsultation;
    const b = wide.parse(2, ['Wonju Medical', 'CN', '2017-05-15 10:00', '1,500.00', 'usd', 'met twice', '협상', 'Ultrasound', null]) as ParsedConsultation;
    expect(b.key).toBe(a.key);
    // Pinned: a key computed on 2026-12-02. If this changes, every file imported before would duplicate on re-import.
    expect(a.key).toBe('id:qciDM_2ywStX-_rxNmGR8HNE2BTRy3xji6XOpm0-CbU');
    const contracts = new RowParser('contracts', layout(['Company', 'Country', 'Amount', 'Currency', 'Status', 'Signed on'], 'contracts'), FAIR);
    const contract = contracts.parse(2, ['Wonju Medical', 'CN', '250000', 'USD', 'signed', '2017-05-17']) as ParsedContract;
    expect(contract.key).toBe('id:ZFnxtYSQTiaehu8hfGKjVv6mMdh01BrGhP43kZ3CqpM');
  });

  it('reads contracts with Korean statuses and requires a signing date for signed ones', () => {
    const parser = new RowParser('contracts', layout(['업체명', '국가', '계약상태', '계약일자', '계약액', '통화'], 'contracts'), FAIR);
    expect(parser.parse(2, ['C', 'JP', '체결', '2017-05-17', '100', 'USD'])).toMatchObject({ status: 'signed', signedOn: '2017-05-17', amount: '100.00' } satisfies Partial<ParsedContract>);
    expect(parser.parse(3, ['C', 'JP', '추진', '', '100', 'USD'])).toMatchObject({ status: 'expected', signedOn: null });
    expect(parser.parse(5, ['C', 'JP', '가계약', '2017-05-16', '100', 'USD'])).toMatchObject({ status: 'provisional', signedOn: '2017-05-16' });
    expect((parser.parse(4, ['C', 'JP', '체결', '', '100', 'USD']) as RowError[])[0]).toMatchObject({ column: '계약일자' });
  });
});

describe('RowParser and what PostgreSQL cannot store', () => {
  const headers = ['Ref', 'Company', 'Buyer organisation', 'Buyer contact', 'Country', 'Date', 'Product', 'Notes', 'Stage', 'Type'];
  const parser = new RowParser('consultations', layout(headers), FAIR);
  const good = ['R1', 'Acme', 'Org', 'Li', 'CN', '2017-05-16', 'X-ray', 'ok', 'consulted', 'booth'];

  it('rejects a NUL character in any text cell it reads, naming the column, the ref included', () => {
    expect(parser.parse(2, good)).not.toBeInstanceOf(Array);
    for (const [index, header] of headers.entries()) {
      const cells = good.map((cell, at) => (at === index ? `a\u0000b` : cell));
      const result = parser.parse(2, cells) as RowError[];
      expect(Array.isArray(result)).toBe(true);
      expect(result).toContainEqual(expect.objectContaining({ rowNumber: 2, column: header }));
    }
  });
});
