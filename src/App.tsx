// Page layout only.
import { MapView } from './map/MapView';
import { LayerPanel } from './ui/LayerPanel';
import { LinkNotice } from './ui/LinkNotice';

export function App() {
  return (
    <div class="app">
      <MapView />
      <aside class="sidebar">
        <header class="panel title">
          <h1>Golan Heights &amp; southern Syria</h1>
          <p>
            The 1974 lines, the UNDOF buffer zone and the governorates around the 2025 Israel–Syria security
            track.
          </p>
        </header>
        <LinkNotice />
        <LayerPanel />
      </aside>
    </div>
  );
}
