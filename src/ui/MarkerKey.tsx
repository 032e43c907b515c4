// What the event markers' shapes mean, drawn as the GL layer draws them (map/events-gl/shaders.ts),
// in one neutral colour: the colours are the kinds, explained beside each toggle.
import type { JSX } from 'preact';

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

export function MarkerKey() {
  return (
    <ul class="key marker-key" aria-label="Marker shapes">
      {MARKERS.map((m) => (
        <li key={m.label}>
          {m.icon}
          {m.label}
        </li>
      ))}
    </ul>
  );
}
