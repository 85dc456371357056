/**
 * The one import of zod in src. The app's policy has no 'unsafe-eval' (docs/architecture.md, CSP), and
 * zod 4 builds each object schema with a probe of `new Function`, caught when refused but still
 * reported by the browser as a script-src violation, on every page that defines a schema. `jitless`
 * skips the probe and the compiled path; it must be set before the first schema is built, so every
 * module takes `z` from here (tests/unit/house/zod.test.ts checks), and this module's body runs
 * before any importer's.
 */
import { config } from 'zod/v4/core';
import { z } from 'zod';

config({ jitless: true });

export { z };
