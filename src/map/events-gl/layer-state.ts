// What the app sets on an event layer: the time, the window, the kinds shown, the pulse, the
// selection and the story's highlighted events. Plain data, read by the layer at each frame.

/** The time, kind and selection state of a layer, set by the app. */
export type EventLayerState = {
  time: number;
  windowStart: number;
  /** Days over which older events fade; huge in cumulative mode, so nothing fades. */
  windowDays: number;
  kindMask: number;
  revealedFrom: number;
  pulse: number;
  /** The selected event's id, or '' for none. */
  selected: string;
  /** The story step's events to mark (state/highlight.ts), the same array until it changes. */
  highlighted: readonly string[];
};

/** A layer's state until the app sets it: cumulative mode, nothing pulsing, selected or highlighted. */
export const FIRST_STATE: Readonly<EventLayerState> = {
  time: 0,
  windowStart: -1e9,
  windowDays: 1e9,
  kindMask: 0xffff,
  revealedFrom: 1e9,
  pulse: 1,
  selected: '',
  highlighted: [],
};
