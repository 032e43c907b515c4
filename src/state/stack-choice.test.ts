import { afterEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/events';
import {
  CHOOSER_LIMIT,
  chooseFromStack,
  hoveredStack,
  hoverStack,
  pickedAt,
  stackChoice,
} from './stack-choice';
import { selectedId } from './timeline';

const ev = (id: string, day: number, title = id) => ({ id, day, title }) as EventRecord;
const at = { x: 10, y: 20 };

afterEach(() => {
  stackChoice.value = null;
  selectedId.value = null;
  hoveredStack.value = null;
});

describe('stack choice', () => {
  it('selects a lone event at once, and offers several newest first', () => {
    pickedAt([ev('a', 5)], at);
    expect(selectedId.value).toBe('a');
    expect(stackChoice.value).toBeNull();
    pickedAt([ev('old', 1), ev('new', 9), ev('mid', 5)], at);
    expect(stackChoice.value?.events.map((e) => e.id)).toEqual(['new', 'mid', 'old']);
    expect(stackChoice.value).toMatchObject({ ...at, more: 0 });
  });

  it('lists at most CHOOSER_LIMIT and counts the rest', () => {
    pickedAt(
      Array.from({ length: CHOOSER_LIMIT + 7 }, (_, i) => ev(`e${i}`, i)),
      at,
    );
    expect(stackChoice.value?.events).toHaveLength(CHOOSER_LIMIT);
    expect(stackChoice.value?.more).toBe(7);
    expect(stackChoice.value?.events[0]?.id).toBe(`e${CHOOSER_LIMIT + 6}`);
  });

  it('closes on a click that finds nothing, and on a choice, which selects it', () => {
    pickedAt([ev('a', 1), ev('b', 2)], at);
    chooseFromStack('a');
    expect(selectedId.value).toBe('a');
    expect(stackChoice.value).toBeNull();
    pickedAt([ev('a', 1), ev('b', 2)], at);
    pickedAt([], at);
    expect(stackChoice.value).toBeNull();
  });

  it('shows a hover count only for two or more', () => {
    hoverStack(7, at);
    expect(hoveredStack.value).toEqual({ ...at, count: 7 });
    hoverStack(1, at);
    expect(hoveredStack.value).toBeNull();
  });
});
