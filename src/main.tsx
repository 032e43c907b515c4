import { render } from 'preact';
import { App } from './App';
import { fetchEvents } from './data/load';
import { reportLinkProblems } from './state/actions';
import { readDataLink } from './state/data-link';
import { importFromLink, restoreImports } from './state/import-actions';
import { startPlayer } from './state/play';
import { loadEvents, settleLink } from './state/timeline-actions';
import { syncUrl } from './state/url';
import './app.css';

// The link is read before the map exists, so the map opens where the link says. However broken
// it is, reading it throws nothing: what cannot be used is said in the link notice.
syncUrl();
const dataLink = readDataLink(location.search, location.href);
reportLinkProblems(dataLink.problems);
startPlayer();
const root = document.getElementById('app');
if (root) render(<App />, root);

// The curated story, then what this browser has stored, then a `?data=` link (unless it is
// stored already); the link's date and event are checked once all of it is in.
const curated = fetchEvents().then(loadEvents);
const imported = restoreImports().then((stored) => importFromLink(dataLink.link, stored));
Promise.all([curated, imported]).then(settleLink);
