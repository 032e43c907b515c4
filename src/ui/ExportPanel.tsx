// Take out what is on the map: the events shown at this date (kinds, imports and mode as set)
// as GeoJSON or CSV, and a PNG of the map with its legend, date and credits.
import { byDay } from '../data/events';
import { eventsToCsv } from '../export/csv';
import { download } from '../export/download';
import { exportName } from '../export/filename';
import { eventsToGeoJson } from '../export/geojson';
import { shownIn } from '../state/event-sets';
import { requestSnapshot, snapshotBusy } from '../state/snapshot';
import { currentDay, shownCount, shownSets, timeState } from '../state/timeline';

const shownNow = () => shownSets.value.flatMap((set) => shownIn(set, timeState.value)).sort(byDay);

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
        <button type="button" data-export="png" disabled={snapshotBusy.value} onClick={requestSnapshot}>
          {snapshotBusy.value ? 'Drawing…' : 'PNG image'}
        </button>
      </div>
      <p class="key-note">
        The {count.toLocaleString('en')} events on the map at this date, or a picture of it.
      </p>
    </section>
  );
}
