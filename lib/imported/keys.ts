/*
 * The storage key on its own, free of any import, so the tiny check on the
 * trade explorer ("does this browser hold imported series?") costs no schema
 * code in that page's first load.
 */
export const STORAGE_KEY = "pkru.imported.v1";
