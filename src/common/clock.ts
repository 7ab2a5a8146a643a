import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { loadEnv } from '../config/env.js';

/**
 * "Now", for rules that depend on the calendar (follow-up rounds open months after a fair, reminders
 * every N days). Production reads the system clock. Tests set TEST_CLOCK_FILE (refused when
 * NODE_ENV=production) to a file holding an ISO 8601 instant, read on every call, so one write moves
 * time for the API and every worker process at once; an empty or missing file is the real time.
 */
@Injectable()
export class Clock {
  private readonly file = loadEnv().TEST_CLOCK_FILE;

  now(): Date {
    if (this.file === undefined) return new Date();
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8').trim();
    } catch {
      return new Date();
    }
    if (text === '') return new Date();
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`TEST_CLOCK_FILE holds "${text}", not an ISO 8601 instant`);
    return at;
  }
}
