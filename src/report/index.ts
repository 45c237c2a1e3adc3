/**
 * Reports: `render` a cluster's (or one member's) report as text, Markdown,
 * JSON or a self-contained HTML page with inline SVG charts, in Vietnamese or
 * English.
 *
 * @module
 */
export type { MemberNames } from "./_view.js";
export { RENDER_FORMATS, type RenderFormat, type RenderOptions, render } from "./render.js";
