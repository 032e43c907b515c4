// Fetches and validates the event data. Whatever goes wrong is reported in words; nothing throws.
import eventsUrl from '../../geo/events.geojson?url';
import { type Parsed, parseEvents } from './events';

export async function fetchEvents(url: string = eventsUrl, name = 'events.geojson'): Promise<Parsed> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { events: [], errors: [`${name} could not be loaded: ${(e as Error).message}`] };
  }
  if (!response.ok) return { events: [], errors: [`${name} could not be loaded: HTTP ${response.status}`] };
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    return { events: [], errors: [`${name} is not valid JSON: ${(e as Error).message}`] };
  }
  return parseEvents(json, name);
}
