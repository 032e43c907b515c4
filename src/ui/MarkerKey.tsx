// What the event markers' shapes mean, drawn as the GL layer draws them (map/events-gl/shaders.ts),
// in one neutral colour: the colours are the kinds, explained beside each toggle. The story's
// gold mark (map/events-gl/highlight-glsl.ts) is explained only while a step shows it.
import type { JSX } from 'preact';
import { HIGHLIGHT_EDGE_HEX, HIGHLIGHT_HEX } from '../layers/event-drawing/highlight';
import { highlightedIds } from '../state/highlight';

const INK = '#5a554d';
const glyph = (children: JSX.Element | JSX.Element[]) => (
  <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
    {children}
  </svg>
);

const MARKERS: { label: string; icon: JSX.Element }[] = [
  { label: 'Exact day', icon: glyph(<circle r="4.5" fill={INK} stroke="#fff" stroke-width="1.2" />) },
  {
    label: 'Week or month',
    icon: glyph([
      <circle key="d" r="3.5" fill={INK} fill-opacity="0.45" />,
      <circle key="r" r="6.5" fill="none" stroke={INK} stroke-width="1.6" stroke-dasharray="3 2" />,
    ]),
  },
  {
    label: 'Area only',
    icon: glyph(<circle r="9.5" fill={INK} fill-opacity="0.06" stroke={INK} stroke-dasharray="3 2.4" />),
  },
  {
    label: 'Country only',
    icon: glyph(<path d="M0 -8 L8 0 L0 8 L-8 0 Z" fill="none" stroke={INK} stroke-width="1.2" />),
  },
  {
    label: 'Ongoing at the date',
    icon: glyph([
      <circle key="d" r="4.5" fill={INK} stroke="#fff" stroke-width="1.2" />,
      <circle key="h" r="8" fill="none" stroke={INK} stroke-opacity="0.55" stroke-width="1" />,
    ]),
  },
];

const STORY_MARK = {
  label: 'An event of this story step',
  icon: glyph([
    <circle key="d" r="3.5" fill={INK} stroke="#fff" stroke-width="1.2" />,
    <circle
      key="e"
      r="7.5"
      fill="none"
      stroke={HIGHLIGHT_EDGE_HEX}
      stroke-opacity="0.9"
      stroke-width="4.5"
    />,
    <circle key="g" r="7.5" fill="none" stroke={HIGHLIGHT_HEX} stroke-width="2.5" />,
  ]),
};

export function MarkerKey() {
  const markers = highlightedIds.value.length > 0 ? [...MARKERS, STORY_MARK] : MARKERS;
  return (
    <ul class="key marker-key" aria-label="Marker shapes">
      {markers.map((m) => (
        <li key={m.label}>
          {m.icon}
          {m.label}
        </li>
      ))}
    </ul>
  );
}
