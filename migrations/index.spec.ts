import { readdirSync } from 'node:fs';
import { migrations } from './index.js';

describe('migrations index', () => {
  it('lists every migration file in this folder, in timestamp order', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((file) => /^\d+-.+\.ts$/.test(file) && !file.endsWith('.spec.ts'))
      .sort();
    const classNames = files.map((file) => {
      const [timestamp, name] = file.replace(/\.ts$/, '').split('-');
      return `${name}${timestamp}`;
    });
    expect(migrations.map((migration) => migration.name)).toEqual(classNames);
  });
});
