// Page layout only. The order is the reading and Tab order: the skip link, the title, the time
// slider (the main control: Tab reaches it second), the map, the panels, the event card. Where
// each goes on screen is app.css's grid, whatever the order here. While a story is open its
// panel takes the sidebar's place; in embed mode (#embed=1) the page is EmbedApp.
import { MapView } from './map/MapView';
import { embedMode } from './state/store';
import { openStory } from './state/story';
import { Announcer } from './ui/Announcer';
import { ColumnDialog } from './ui/ColumnDialog';
import { DropZone } from './ui/DropZone';
import { EdgeArrows } from './ui/EdgeArrows';
import { EmbedApp } from './ui/EmbedApp';
import { EventDetail } from './ui/EventDetail';
import { EventList } from './ui/EventList';
import { EventPanel } from './ui/EventPanel';
import { ExportPanel } from './ui/ExportPanel';
import { ImportPanel } from './ui/ImportPanel';
import { LayerPanel } from './ui/LayerPanel';
import { LinkNotice } from './ui/LinkNotice';
import { LoadErrors } from './ui/LoadErrors';
import { PanelToggle, panelsOpen } from './ui/PanelToggle';
import { SharePanel } from './ui/SharePanel';
import { SkipLink } from './ui/SkipLink';
import { StackChooser, StackHover } from './ui/StackChooser';
import { StoryAnnouncer } from './ui/StoryAnnouncer';
import { StoryMenu } from './ui/StoryMenu';
import { StoryPanel } from './ui/StoryPanel';
import { TimeBar } from './ui/TimeBar';

function Sidebar() {
  return (
    <>
      <PanelToggle />
      <aside class="sidebar" id="sidebar">
        <LoadErrors />
        <LinkNotice />
        <EventPanel />
        <EventList />
        <StoryMenu />
        <ImportPanel />
        <ExportPanel />
        <SharePanel />
        <LayerPanel />
      </aside>
    </>
  );
}

/** A story's side: what the link or the data could not do, then the story itself. */
function StorySide() {
  return (
    <div class="story-side">
      <LoadErrors />
      <LinkNotice />
      <StoryPanel />
    </div>
  );
}

export function App() {
  if (embedMode.value) return <EmbedApp />;
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
        {openStory.value ? <StorySide /> : <Sidebar />}
        <EventDetail />
        <Announcer />
        <StoryAnnouncer />
        <ColumnDialog />
      </div>
    </DropZone>
  );
}
