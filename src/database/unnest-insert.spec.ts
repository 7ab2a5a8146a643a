import { DataSource } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity.js';
import { Company } from '../companies/company.entity.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Fair } from '../fairs/fair.entity.js';
import { Agency } from '../tenancy/agency.entity.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { unnestInsert } from './unnest-insert.js';

describe('unnestInsert', () => {
  let metadata: DataSource['entityMetadatas'][number];

  beforeAll(async () => {
    const dataSource = new DataSource({ type: 'postgres', entities: [Consultation, Fair, Company, Buyer, Agency], namingStrategy: new SnakeNamingStrategy() });
    // The mapping alone, without connecting: what the app's DataSource builds at start.
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
    metadata = dataSource.getMetadata(Consultation);
  });

  it("writes every column of the entity but the ones the table fills, version 1, with array types PostgreSQL keeps whole", () => {
    const insert = unnestInsert(metadata);
    const [into] = insert.sql.split('\n');
    const columns = into.replace(/^INSERT INTO consultations \((.*)\)$/, '$1').split(', ');
    const expected = metadata.columns.map((column) => column.databaseName).filter((name) => !['id', 'created_at', 'updated_at', 'deleted_at'].includes(name));
    expect(columns).toEqual(expected);
    expect(insert.sql).toContain('$1::uuid[]'); // agency_id
    expect(insert.sql).toMatch(/\$\d+::text\[\], \$\d+::timestamptz\[\]/); // buyer_country char(2) as text, then occurred_at
    expect(insert.sql).not.toContain('char[]');
    expect(insert.nextParam).toBe(expected.length); // every column but version is a parameter
  });

  it('reads each row by property, NULL where the row has no value', () => {
    const insert = unnestInsert<Record<string, unknown>>(metadata);
    const arrays = insert.arrays([{ agencyId: 'a', notes: 'first' }, { agencyId: 'b' }]);
    const perRow = metadata.columns.filter((c) => !c.isGenerated && !c.isCreateDate && !c.isUpdateDate && !c.isDeleteDate && !c.isVersion);
    expect(arrays[perRow.findIndex((c) => c.propertyName === 'agencyId')]).toEqual(['a', 'b']);
    expect(arrays[perRow.findIndex((c) => c.propertyName === 'notes')]).toEqual(['first', null]);
  });

  it('sets fixed columns from expressions and numbers the per-row arrays after them', () => {
    const insert = unnestInsert(metadata, { fixed: { agencyId: '$1', occurredAt: 'local_time AT TIME ZONE $2' }, extra: { localTime: 'timestamp' }, firstParam: 3 });
    expect(insert.sql).toMatch(/^SELECT \$1, /m);
    expect(insert.sql).toContain('local_time AT TIME ZONE $2');
    expect(insert.sql).toMatch(/FROM unnest\(\$3::uuid\[\]/); // fair_id, the first per-row column
    expect(insert.sql).toMatch(/\$\d+::timestamp\[\]\)\n {4}AS t\(.*, local_time\)$/);
  });
});
