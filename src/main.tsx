import { render } from 'preact';
import { App } from './App';
import { syncUrl } from './state/url';
import './app.css';

// The link is read before the map exists, so the map opens where the link says.
syncUrl();
const root = document.getElementById('app');
if (root) render(<App />, root);
