import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Format, RenderOptions, Renderer, Report } from './types.js';

export const renderers: Record<Format, Renderer> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: renderMarkdown,
};

export function render(format: Format, report: Report, options: RenderOptions): string {
  return renderers[format](report, options);
}
