// The page in embed mode (#embed=1), for an <iframe> on another site: the map, the time slider
// with Play, the legend folded behind a button, a link to the full map in a new tab and, when
// the link names a story, its steps in a compact bar. No panels, no file picker, no drops.
import { KIND_INFO, KINDS } from '../data/kinds';
import { LEGEND } from '../layers/legend';
import { MapView } from '../map/MapView';
import { fullMapUrl } from '../state/embed';
import { linkState, visibleList } from '../state/store';
import { presentKinds } from '../state/timeline';
import { Announcer } from './Announcer';
import { MarkerKey } from './MarkerKey';
import { SkipLink } from './SkipLink';
import { StoryAnnouncer } from './StoryAnnouncer';
import { StoryBar } from './StoryBar';
import { SwatchIcon } from './SwatchIcon';
import { TimeBar } from './TimeBar';
import './story.css';

function EmbedLegend() {
  return (
    <details class="embed-legend">
      <summary>Legend</summary>
      <ul class="embed-key">
        {KINDS.filter((k) => presentKinds.value.has(k)).map((k) => (
          <li key={k}>
            <span class="dot" style={{ background: KIND_INFO[k].color }} aria-hidden="true" />
            {KIND_INFO[k].plural}
          </li>
        ))}
        {visibleList.value.map((t) => (
          <li key={t}>
            <SwatchIcon swatch={LEGEND[t].swatch} />
            {LEGEND[t].label}
          </li>
        ))}
      </ul>
      <MarkerKey />
    </details>
  );
}

export function EmbedApp() {
  return (
    <div class="app embed">
      <SkipLink />
      <h1 class="visually-hidden">Golan Heights &amp; southern Syria</h1>
      <TimeBar />
      <MapView />
      <div class="embed-top">
        <StoryBar />
        <div class="embed-actions">
          <EmbedLegend />
          <a
            class="open-full"
            href={fullMapUrl(window.location.href, linkState.value)}
            target="_blank"
            rel="noopener"
          >
            Open full map
          </a>
        </div>
      </div>
      <Announcer />
      <StoryAnnouncer />
    </div>
  );
}
