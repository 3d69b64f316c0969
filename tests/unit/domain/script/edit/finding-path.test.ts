import { describe, expect, it } from 'vitest';
import { readFindingPath } from '@/domain/script/edit/finding-path';

describe('readFindingPath', () => {
  it('reads the step and the keys under it, with list indexes', () => {
    expect(readFindingPath('$.steps[2].transitions[0].to')).toEqual({
      stepIndex: 2,
      parts: [{ key: 'transitions', index: 0 }, { key: 'to' }],
    });
    expect(readFindingPath('$.steps[0]')).toEqual({ stepIndex: 0, parts: [] });
  });

  it('reads a place outside the steps, and the whole file', () => {
    expect(readFindingPath('$.title')).toEqual({ parts: [{ key: 'title' }] });
    expect(readFindingPath('$.variables[1].id')).toEqual({
      parts: [{ key: 'variables', index: 1 }, { key: 'id' }],
    });
    expect(readFindingPath('$')).toEqual({ parts: [] });
  });

  it('gives no parts for a path it cannot read', () => {
    expect(readFindingPath('$[0][1]')).toEqual({ parts: [] });
  });
});
