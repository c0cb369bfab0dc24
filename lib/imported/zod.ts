import { config } from "zod";

/*
 * zod compiles object schemas with `new Function` unless told not to, and on
 * its first use in the browser it probes for that ability. The site's
 * Content-Security-Policy forbids eval, so every browser-side module that
 * defines schemas imports this file first, before it imports zod itself.
 * It only configures: re-exporting zod from here would pull the whole
 * namespace, locales included, into the browser bundle.
 */
config({ jitless: true });
