import { describe, expect, it } from 'vitest';
import { coveredInsets, fitPadding } from './framing';

describe('framing', () => {
  it('keeps clear of the side panel and time bar on a wide screen, and of the card when open', () => {
    expect(coveredInsets({ width: 1280, height: 800 })).toEqual({ top: 0, right: 0, bottom: 150, left: 340 });
    expect(coveredInsets({ width: 1280, height: 800, card: true }).right).toBe(380);
  });

  it('on a phone, keeps clear of the title bar and time bar, and of the bottom sheet when open', () => {
    expect(coveredInsets({ width: 375, height: 812 })).toEqual({ top: 94, right: 0, bottom: 196, left: 0 });
    expect(coveredInsets({ width: 375, height: 812, card: true }).bottom).toBe(366);
  });

  it('adds a margin, so a framed place is not flush with a panel', () => {
    const p = fitPadding({ width: 375, height: 812, card: true });
    expect(p.bottom).toBeGreaterThan(366);
    expect(375 - p.left - p.right).toBeGreaterThan(300);
  });
});
