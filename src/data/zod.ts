// zod, configured once for the whole app. Every module takes `z` from here, never from 'zod':
// the setting must be in place before any schema is built.
import { z } from 'zod';

// zod compiles fast parsers with `new Function`, which the app's Content-Security-Policy
// (script-src 'self', no 'unsafe-eval') forbids; its probe alone raises a CSP violation.
z.config({ jitless: true });

export { z };
