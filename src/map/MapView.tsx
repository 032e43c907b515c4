// Creates the map port once and binds the app's state to it. Renders only the container.
import { useEffect, useRef } from 'preact/hooks';
import { ATTRIBUTION, buildStyle } from '../layers/style';
import { DEFAULT_BOUNDS, view, visible } from '../state/store';
import { DATA_URLS, FONT_URLS } from './assets';
import { bindMap } from './bind-map';
import { fitPadding } from './framing';
import { createMapPort } from './port';

export function MapView() {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const port = createMapPort(container.current, {
      style: buildStyle(DATA_URLS, FONT_URLS, visible.peek()),
      start: view.peek(),
      bounds: DEFAULT_BOUNDS,
      padding: fitPadding,
      attribution: Object.values(ATTRIBUTION),
    });
    const unbind = bindMap(port);
    return () => {
      unbind();
      port.remove();
    };
  }, []);
  return <section ref={container} class="map" aria-label="Map of the Golan Heights and southern Syria" />;
}
