import type { Swatch } from '../layers/legend';

/** A small picture of how a layer is drawn: fill, outline, and any lines across it. */
export function SwatchIcon({ swatch }: { swatch: Swatch }) {
  return (
    <svg class="swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">
      <rect
        x="1"
        y="1"
        width="26"
        height="16"
        rx="2"
        fill={swatch.fill}
        fill-opacity="0.3"
        stroke={swatch.line}
        stroke-width="1.5"
        stroke-dasharray={swatch.dashed ? '4 2' : undefined}
      />
      {swatch.lines?.map((l, i) => (
        <line
          key={l.color}
          x1={8 + i * 12}
          y1="1"
          x2={8 + i * 12}
          y2="17"
          stroke={l.color}
          stroke-width="2.5"
          stroke-dasharray={l.dashed ? '3 2' : undefined}
        />
      ))}
    </svg>
  );
}
