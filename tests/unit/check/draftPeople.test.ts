// The draft's people looked up by name must answer exactly as samePerson over the whole people table.

import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { samePerson } from '../../../server/src/engine/attribution/names';
import { DraftPeople } from '../../../server/src/engine/check/draftPeople';
import type { Person } from '../../../server/src/engine/types';
import { repoRoot } from '../../helpers/checkFixture';

describe('DraftPeople', () => {
  it('agrees with samePerson over the whole table for every pair of names and aliases of real texts', () => {
    const dir = path.join(repoRoot, 'tests/fixtures/attribution/news');
    let pairs = 0;
    let agreeing = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { people } = analyzeDocument(fs.readFileSync(path.join(dir, file), 'utf8'), 'plaintext');
      const index = new DraftPeople(people);
      // Names, aliases, their spellings in other cases and with spaces, and names nobody has.
      const names = [...new Set(people.flatMap((p) => [p.name, ...p.aliases]))];
      const asked = [...names, ...names.map((n) => ` ${n.toUpperCase()} `), 'Nobody Here', 'I', 'he'];
      for (const a of asked) {
        for (const b of asked) {
          pairs++;
          const same = samePerson(a, b, people);
          assert.strictEqual(index.same(a, b), same, `${a} / ${b} in ${file}`);
          if (same && a.trim().toLowerCase() !== b.trim().toLowerCase()) agreeing++;
        }
      }
    }
    assert.ok(pairs > 1000 && agreeing > 50, `${pairs} pairs, ${agreeing} agreeing under different names`);
  });

  it('joins two names through a person whose aliases hold both', () => {
    const people: Person[] = [
      { name: 'Maria Lenz', aliases: ['Lenz', 'the mayor'] },
      { name: 'Tom Becker', aliases: ['Becker'] },
    ];
    const index = new DraftPeople(people);
    assert.strictEqual(index.same('the mayor', 'Maria Lenz'), true);
    // Written with spaces and capitals, against a name the table does not hold: found through the one it does.
    assert.strictEqual(index.same(' The Mayor ', 'Ms. Lenz'), true);
    assert.strictEqual(samePerson(' The Mayor ', 'Ms. Lenz', people), true);
    assert.strictEqual(samePerson('the mayor', 'Maria Lenz'), false, 'only the table joins them');
    assert.strictEqual(index.same('the mayor', 'Becker'), false);
  });
});
