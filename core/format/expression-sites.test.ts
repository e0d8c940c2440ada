import { describe, expect, it } from 'vitest';
import { smallMission } from '../test-support/mission-builder';
import { forEachExpression, sitePath } from './expression-sites';

describe('forEachExpression', () => {
  it('visits every condition and effect with its JSON pointer, in file order', () => {
    const seen: string[] = [];
    forEachExpression(smallMission(), (site) => seen.push(`${site.kind} ${sitePath(site)} ${site.text}`));
    expect(seen).toEqual([
      'effect /nodes/2/data/choices/0/effects/0 credits -= 1',
      'condition /nodes/2/data/choices/1/condition credits >= 10',
      'effect /nodes/3/data/effects/0 trusted = true',
      'condition /nodes/4/data/cases/0/condition trusted',
    ]);
  });
});
