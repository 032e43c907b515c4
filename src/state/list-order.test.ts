import { describe, expect, it } from 'vitest';
import { inListOrder, listNewestFirst, setListNewestFirst } from './list-order';

describe('the event list order', () => {
  it('is newest first until the reader asks for oldest first', () => {
    expect(listNewestFirst.value).toBe(true);
    setListNewestFirst(false);
    expect(listNewestFirst.value).toBe(false);
    setListNewestFirst(true);
    expect(listNewestFirst.value).toBe(true);
  });

  it('reverses the date order for newest first, without touching the list it was given', () => {
    const dateOrder = ['dec', 'jan', 'may'];
    expect(inListOrder(dateOrder, true)).toEqual(['may', 'jan', 'dec']);
    expect(dateOrder).toEqual(['dec', 'jan', 'may']);
    expect(inListOrder(dateOrder, false)).toBe(dateOrder);
  });
});
