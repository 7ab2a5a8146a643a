import { DataSource } from 'typeorm';
import { Buyer } from '../buyers/buyer.entity.js';
import { Company } from '../companies/company.entity.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Fair } from '../fairs/fair.entity.js';
import { Agency } from '../tenancy/agency.entity.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { stagedInsert } from './staged-insert.js';

describe('stagedInsert', () => {
  let metadata: DataSource['entityMetadatas'][number];
  const fixed = { agencyId: '$1', fairId: '$2', occurredAt: 'local_time AT TIME ZONE $3', loggedBy: '$4' };
  const options = { fixed, extra: { localTime: 'timestamp' } };

  beforeAll(async () => {
    const dataSource = new DataSource({ type: 'postgres', entities: [Consultation, Fair, Company, Buyer, Agency], namingStrategy: new SnakeNamingStrategy() });
    // The mapping alone, without connecting: what the app's DataSource builds at start.
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
    metadata = dataSource.getMetadata(Consultation);
  });

  /** The entity's column names once each (a relation's join column repeats one), but those the table fills. */
  const written = () => [...new Set(metadata.columns.map((column) => column.databaseName))].filter((name) => !['id', 'created_at', 'updated_at', 'deleted_at'].includes(name));
  const stageColumns = (createStage: string) =>
    createStage.replace(/^CREATE TEMPORARY TABLE IF NOT EXISTS \w+ \((.*)\)$/, '$1').split(', ').map((column) => column.split(' '));

  it('stages every column of the entity the rows bring, by the types PostgreSQL keeps whole, and the extras; none the statement fixes', () => {
    const insert = stagedInsert(metadata, 'stage_consultations', options);
    const columns = stageColumns(insert.createStage);
    const fromRows = written().filter((name) => !['version', 'agency_id', 'fair_id', 'occurred_at', 'logged_by'].includes(name));
    expect(columns.map(([name]) => name)).toEqual(['n', ...fromRows, 'local_time']);
    expect(columns.map(([name]) => name)).toEqual(expect.arrayContaining(['rating', 'next_step', 'follow_up_due', 'import_key']));
    const types = Object.fromEntries(columns);
    expect(types).toMatchObject({ n: 'int', buyer_country: 'text', estimated_currency: 'text', estimated_amount: 'numeric', quantity: 'integer', follow_up_due: 'date', local_time: 'timestamp' });
    expect(insert.copy).toBe(`COPY stage_consultations (${columns.map(([name]) => name).join(', ')}) FROM STDIN`);
  });

  it('writes the rows in COPY text in the order of the staged columns, numbered from 0, NULL where a row has no value', () => {
    const insert = stagedInsert<Record<string, string | number | null>>(metadata, 'stage_consultations', options);
    const names = stageColumns(insert.createStage).map(([name]) => name);
    const lines = insert.copyText([{ rating: 'hot', nextStep: 'Call\tback', quantity: 3, localTime: '2017-05-16 10:00:00' }, { rating: null }]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first = Object.fromEntries(lines[0].split('\t').map((value, i) => [names[i], value]));
    expect(first).toMatchObject({ n: '0', rating: 'hot', next_step: 'Call\\tback', quantity: '3', local_time: '2017-05-16 10:00:00', notes: '\\N' });
    expect(lines[1].split('\t')).toEqual(['1', ...names.slice(1).map(() => '\\N')]);
  });

  it("inserts into the entity's columns from the staged rows in their order, the fixed ones from their expressions, version 1", () => {
    const insert = stagedInsert(metadata, 'stage_consultations', options);
    const [into, select, from] = insert.insertFrom('staged').split('\n');
    const columns = into.replace(/^INSERT INTO consultations \((.*)\)$/, '$1').split(', ');
    expect(columns).toEqual(written());
    const values = Object.fromEntries(select.replace(/^SELECT /, '').split(', ').map((value, i) => [columns[i], value]));
    expect(values).toMatchObject({ agency_id: '$1', fair_id: '$2', occurred_at: 'local_time AT TIME ZONE $3', logged_by: '$4', version: '1', rating: 'rating', import_key: 'import_key' });
    expect(from).toBe('  FROM staged ORDER BY n');
    expect(insert.drain).toBe('DELETE FROM stage_consultations RETURNING *');
  });
});
