import { z } from "zod";

/*
 * zod compiles object schemas with `new Function` unless told not to, and on
 * its first use in the browser it probes for that ability. The site's
 * Content-Security-Policy forbids eval, so every browser-side schema imports
 * zod from here, where the compiler is switched off before any schema exists.
 */
z.config({ jitless: true });

export { z };
