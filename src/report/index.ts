import { redact, redactValue } from '../model/secrets.js';
import { renderJson } from './json.js';
import { renderMarkdown, renderMarkdownLimited } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { Format, RenderOptions, Renderer, Report } from './types.js';

export const renderers: Record<Format, Renderer> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: renderMarkdown,
};

/**
 * Every format, credentials taken out: from the report's strings before escaping (markdown and JSON escape a
 * secret out of recognition) and from the text after.
 */
export function render(format: Format, report: Report, options: RenderOptions): string {
  return redact(renderers[format](redactValue(report), options));
}

/**
 * The markdown report within GitHub's size limit for a summary, comment or issue, credentials taken out as above;
 * what is cut is counted under its table, pointing at `fullReport` (the run's page) when given.
 */
export function renderMarkdownWithin(report: Report, maxBytes: number, fullReport?: string): string {
  return redact(renderMarkdownLimited(redactValue(report), { color: false }, maxBytes, fullReport));
}
