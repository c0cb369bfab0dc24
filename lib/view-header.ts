/*
 * The request header in which proxy.ts names the view for the rewrite in
 * next.config.ts. A module of its own, since next.config.ts is loaded before
 * the bundler and must not pull in the rest of the views' code.
 */
export const VIEW_HEADER = "x-cached-view";
