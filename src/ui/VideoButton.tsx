// "Export video": in the sidebar's exports and in an open story's panel, which takes the
// sidebar's place (the dialog then offers the story first).
import { useState } from 'preact/hooks';
import { VideoDialog } from './VideoDialog';

/** Opens the video dialog; focus comes back here when it closes. */
export function VideoButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-export="video" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export video
      </button>
      {open && <VideoDialog onClose={() => setOpen(false)} />}
    </>
  );
}
