// The video dialog while it records: how far it is, and Cancel.
export function VideoProgress({
  done,
  total,
  onCancel,
}: {
  done: number;
  total: number;
  onCancel: () => void;
}) {
  return (
    <div class="video-progress">
      <label for="video-progress">
        Recording frame {done.toLocaleString('en')} of {total.toLocaleString('en')}
      </label>
      <progress id="video-progress" max={total} value={done} />
      <div class="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
