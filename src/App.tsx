// Page layout only. The order is the reading and Tab order: the skip link, the title, the time
// slider (the main control: Tab reaches it second), the map, the panels, the event card. Where
// each goes on screen is app.css's grid, whatever the order here.
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
import { SkipLink } from './ui/SkipLink';
import { StackChooser, StackHover } from './ui/StackChooser';
import { TimeBar } from './ui/TimeBar';

export function App() {
  return (
    <DropZone>
      <div class={`app${panelsOpen.value ? ' panels-open' : ''}`}>
        <SkipLink />
        <header class="panel title">
          <h1>Golan Heights &amp; southern Syria</h1>
        </header>
        <TimeBar />
        <MapView />
        <EdgeArrows />
        <StackHover />
        <StackChooser />
        <PanelToggle />
        <aside class="sidebar" id="sidebar">
          <LoadErrors />
          <LinkNotice />
          <EventPanel />
          <EventList />
          <ImportPanel />
          <ExportPanel />
          <LayerPanel />
        </aside>
        <EventDetail />
        <Announcer />
        <ColumnDialog />
      </div>
    </DropZone>
  );
}
