// Page layout only.
import { MapView } from './map/MapView';
import { Announcer } from './ui/Announcer';
import { ColumnDialog } from './ui/ColumnDialog';
import { DropZone } from './ui/DropZone';
import { EdgeArrows } from './ui/EdgeArrows';
import { EventDetail } from './ui/EventDetail';
import { EventList } from './ui/EventList';
import { EventPanel } from './ui/EventPanel';
import { ExportPanel } from './ui/ExportPanel';
import { ImportPanel } from './ui/ImportPanel';
import { LayerPanel } from './ui/LayerPanel';
import { LinkNotice } from './ui/LinkNotice';
import { LoadErrors } from './ui/LoadErrors';
import { PanelToggle, panelsOpen } from './ui/PanelToggle';
import { StackChooser, StackHover } from './ui/StackChooser';
import { TimeBar } from './ui/TimeBar';

export function App() {
  return (
    <DropZone>
      <div class={`app${panelsOpen.value ? ' panels-open' : ''}`}>
        <MapView />
        <EdgeArrows />
        <StackHover />
        <StackChooser />
        <PanelToggle />
        <aside class="sidebar" id="sidebar">
          <header class="panel title">
            <h1>Golan Heights &amp; southern Syria</h1>
            <p>
              The 1974 lines, the UNDOF buffer zone and the events of the 2025 Israel–Syria security track.
            </p>
          </header>
          <LoadErrors />
          <LinkNotice />
          <EventPanel />
          <EventList />
          <ImportPanel />
          <ExportPanel />
          <LayerPanel />
        </aside>
        <EventDetail />
        <TimeBar />
        <Announcer />
        <ColumnDialog />
      </div>
    </DropZone>
  );
}
