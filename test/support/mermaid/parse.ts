import { Worker } from 'node:worker_threads';

export interface ParsedVertex {
  readonly id: string;
  readonly text: string;
  readonly classes: readonly string[];
  readonly styles: readonly string[];
  readonly link?: string;
  readonly haveCallback: boolean;
}

export type Parsed =
  | {
      readonly ok: true;
      readonly type: string;
      /** Configuration from front matter or %%{init}%% directives: always empty for our diagrams. */
      readonly config: Record<string, unknown>;
      readonly vertices: readonly ParsedVertex[];
      readonly edges: number;
      readonly classes: readonly string[];
      readonly subgraphs: readonly { id: string; title: string; nodes: readonly string[] }[];
      readonly tooltips: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/** Mermaid's own parser (the devDependency) on each diagram source, in a worker with a DOM shim. */
export function parseMermaid(sources: readonly string[]): Promise<Parsed[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: sources });
    worker.once('message', (results: Parsed[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** The Mermaid source inside the first ```mermaid fence of a markdown text. */
export function mermaidSource(markdown: string): string | undefined {
  return /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown)?.[1];
}
