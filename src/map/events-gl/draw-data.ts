// The GPU arrays and the picking index of a list of events, each built once per list (pure data,
// no GL): the map's layers use them, and an import builds them ahead, one step per task.
import { perList } from '../../data/per-list';
import { buildEventArrays, inputFromRecord } from './arrays';
import { buildPicker } from './pick';

export const arraysFor = perList((events) => buildEventArrays(events.map(inputFromRecord)));
export const pickerFor = perList((events) => buildPicker(arraysFor(events)));
