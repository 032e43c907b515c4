// The closed list of event kinds, with the words and colours the legend and the map share.
export const KINDS = [
  'strike',
  'incursion',
  'clash',
  'deployment',
  'meeting',
  'statement',
  'agreement',
  'gesture',
  'sanctions',
  // Three more for imported data (ACLED's event types), so every row has a kind to filter by.
  'violence',
  'protest',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export const isKind = (s: string): s is Kind => (KINDS as readonly string[]).includes(s);

/** Each kind's place in KINDS: the number a column and the GPU store for it. */
export const KIND_INDEX: Record<Kind, number> = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<
  Kind,
  number
>;

/** A set of kinds as bits, bit i for KINDS[i]: what the shaders and the time index test. */
export const kindMask = (kinds: ReadonlySet<Kind>) =>
  KINDS.reduce((m, k, i) => (kinds.has(k) ? m | (1 << i) : m), 0);

/** The mask with every kind on. */
export const EVERY_KIND = (1 << KINDS.length) - 1;

export const KIND_INFO: Record<Kind, { label: string; plural: string; color: string }> = {
  strike: { label: 'Strike', plural: 'Strikes', color: '#d63a25' },
  incursion: { label: 'Incursion', plural: 'Incursions', color: '#a8327a' },
  clash: { label: 'Clash', plural: 'Clashes', color: '#e58a00' },
  deployment: { label: 'Deployment', plural: 'Deployments', color: '#8a6a2f' },
  meeting: { label: 'Meeting', plural: 'Meetings', color: '#2a62b8' },
  statement: { label: 'Statement', plural: 'Statements', color: '#6f56a8' },
  agreement: { label: 'Agreement', plural: 'Agreements', color: '#23865a' },
  gesture: { label: 'Gesture', plural: 'Gestures', color: '#1e9aa6' },
  sanctions: { label: 'Sanctions', plural: 'Sanctions decisions', color: '#4b5563' },
  violence: { label: 'Violence against civilians', plural: 'Violence against civilians', color: '#7d2a1c' },
  protest: { label: 'Protest or riot', plural: 'Protests and riots', color: '#b08a00' },
  other: { label: 'Other', plural: 'Other events', color: '#7a7a7a' },
};

/** Where only an area is known, the map draws a circle this size instead of a fake exact pin. */
export const REGIONS = {
  golan: { label: 'the Golan Heights', radiusKm: 18 },
  buffer: { label: 'the buffer zone', radiusKm: 10 },
  quneitra: { label: 'Quneitra governorate', radiusKm: 15 },
  daraa: { label: 'Daraa governorate', radiusKm: 25 },
  sweida: { label: 'Sweida governorate', radiusKm: 30 },
  damascus: { label: 'Damascus', radiusKm: 12 },
  'southern-syria': { label: 'southern Syria', radiusKm: 45 },
  // Latakia and Tartus governorates: where the March 2025 killings of Alawites took place.
  'syrian-coast': { label: "Syria's coastal region", radiusKm: 50 },
  israel: { label: 'Israel', radiusKm: 40 },
  syria: { label: 'Syria', radiusKm: 80 },
} as const;
export type RegionId = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as RegionId[];
