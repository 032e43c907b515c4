import { render } from 'preact';
import { App } from './App';
import { fetchEvents } from './data/load';
import { loadEvents } from './state/timeline-actions';
import { syncUrl } from './state/url';
import { startPlayer } from './timeline/play';
import './app.css';

// The link is read before the map exists, so the map opens where the link says.
syncUrl();
startPlayer();
const root = document.getElementById('app');
if (root) render(<App />, root);
fetchEvents().then(loadEvents);
