import { describe, expect, it } from 'vitest';
import { exportRuns, toCsv, toJson, withVerification } from './export';
import { walkthroughBySlug } from '../walkthroughs';
import {
  RESULTS_VERSION,
  RESULTS_VERSION_EDITION,
  parseResultsFile,
  validateResultsFile,
  verificationCode,
} from '../../domain/cohortFile';
import { finishedRun } from './runFixture';

// Issue 16: results carry the edition. A 2020 result is the record (and code, and file) it always
// was; a Today one names its edition, its code covers it, and its file is version 3.
const run = finishedRun;

describe('results and the edition', () => {
  it('a 2020 run exports without an edition, in a version 2 file, with no edition column', async () => {
    const [row] = await withVerification(exportRuns([run()], walkthroughBySlug));
    expect('edition' in row!).toBe(false);
    expect(JSON.parse(toJson([row!])).version).toBe(RESULTS_VERSION);
    expect(toCsv([row!]).split('\r\n')[0]).not.toContain('edition');
  });

  it('a Today run names its edition; the code covers it; JSON (v3) and CSV read back', async () => {
    const [row] = await withVerification(
      exportRuns([run({ edition: 'today' })], walkthroughBySlug),
    );
    expect(row!.edition).toBe('today');
    const { edition: _e, ...as2020 } = row!;
    expect(await verificationCode(as2020)).not.toBe(row!.verification);
    const json = toJson([row!]);
    expect(JSON.parse(json).version).toBe(RESULTS_VERSION_EDITION);
    for (const text of [json, toCsv([row!])]) {
      const read = await validateResultsFile(text, text.length, new Set());
      expect(read).toMatchObject({ ok: true, records: [{ edition: 'today' }] });
    }
  });

  it('an edition edited in a file is tampering; an unknown edition is a bad record', async () => {
    const [row] = await withVerification(
      exportRuns([run({ edition: 'today' })], walkthroughBySlug),
    );
    const stripped = toJson([{ ...row!, edition: undefined }]);
    expect(await validateResultsFile(stripped, stripped.length, new Set())).toMatchObject({
      ok: false,
      problem: 'tampered',
    });
    const bad = toJson([{ ...row!, edition: 'tomorrow' as never }]);
    expect(parseResultsFile(bad)).toMatchObject({ ok: false, problem: 'badRecord' });
  });
});
