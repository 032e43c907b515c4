// Take out what is on the map: the events shown at this date (kinds, imports and mode as set)
// as GeoJSON or CSV, a PNG of the map with its legend, date and credits, and a video of it over
// time with its captions.
import { useState } from 'preact/hooks';
import { byDay } from '../data/events';
import { eventsToCsv } from '../export/csv';
import { download } from '../export/download';
import { exportName } from '../export/filename';
import { eventsToGeoJson } from '../export/geojson';
import { shownIn } from '../state/event-sets';
import { mapCommands } from '../state/map-commands';
import { currentDay, shownCount, shownSets, timeState } from '../state/timeline';
import { VideoButton } from './VideoButton';

const shownNow = () => shownSets.value.flatMap((set) => shownIn(set, timeState.value)).sort(byDay);

/**
 * The PNG button: busy while the map draws (and, before it has loaded, while it waits for it),
 * so a second click cannot start a second drawing. Named for the date when the drawing is done.
 */
function PngButton() {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const png = await mapCommands.snapshot();
      if (png) download(png, exportName('golan-map', currentDay.peek(), 'png'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" data-export="png" disabled={busy} onClick={save}>
      {busy ? 'Drawing…' : 'PNG image'}
    </button>
  );
}

export function ExportPanel() {
  const count = shownCount.value;
  const name = (ext: string) => exportName('golan-map-events', currentDay.value, ext);
  return (
    <section class="panel export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export what you see</h2>
      <div class="export-buttons">
        <button
          type="button"
          data-export="geojson"
          disabled={count === 0}
          onClick={() => download(eventsToGeoJson(shownNow()), name('geojson'), 'application/geo+json')}
        >
          GeoJSON
        </button>
        <button
          type="button"
          data-export="csv"
          disabled={count === 0}
          onClick={() => download(eventsToCsv(shownNow()), name('csv'), 'text/csv')}
        >
          CSV
        </button>
        <PngButton />
        <VideoButton />
      </div>
      <p class="key-note">
        The {count.toLocaleString('en')} events on the map at this date, a picture of it, or a video of the
        map over time.
      </p>
    </section>
  );
}
