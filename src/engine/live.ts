import { join } from 'node:path';
import { cloudFor, FORMAT_READERS } from '../clouds/index.js';
import { UNCONFINED, type FileRoots } from '../io/roots.js';
import { writeFileSafely } from '../io/write.js';
import { SnapshotBuilder } from '../sources/builder.js';
import { SourceDocument } from '../sources/document.js';
import { loadInputs, readDocument } from '../sources/load.js';
import type { LiveOptions } from '../sources/live/types.js';

export interface LiveLoad {
  readonly builder: SnapshotBuilder;
  readonly documents: Map<string, SourceDocument>;
  readonly calls: Readonly<Record<string, number>>;
}

/**
 * Reads the live cluster and cloud. With `saveSnapshot`, the dumps are written first and read back from those
 * files, so findings point at lines of the saved snapshot and a later offline run sees exactly the same input.
 */
export async function loadLive(
  options: LiveOptions,
  saveSnapshot: string | undefined,
  builder: SnapshotBuilder,
  roots: FileRoots = UNCONFINED,
): Promise<LiveLoad> {
  const { readLive } = await import('../sources/live/index.js');
  const live = await readLive(options, (provider) => cloudFor(provider).live);
  for (const gap of live.gaps) builder.addGap(gap);
  for (const kind of live.dumps.flatMap((dump) => dump.kinds ?? [])) builder.markPresent(kind);
  const documents = new Map<string, SourceDocument>();
  if (saveSnapshot) {
    for (const dump of live.dumps) {
      await writeFileSafely(join(saveSnapshot, dump.name), `${JSON.stringify(dump.value, null, 2)}\n`, {
        label: '--save-snapshot',
        roots,
        createFolders: true,
      });
    }
    const loaded = await loadInputs(
      live.dumps.map((dump) => join(saveSnapshot, dump.name)),
      FORMAT_READERS,
      builder,
      roots,
    );
    options.log(`snapshot saved to ${saveSnapshot} (${live.dumps.length} files)`);
    return { builder, documents: new Map(loaded.documents), calls: live.calls };
  }
  for (const dump of live.dumps) {
    const document = SourceDocument.fromValue(`live:${dump.name}`, dump.value);
    documents.set(document.file, document);
    await readDocument(document, builder, FORMAT_READERS);
  }
  return { builder, documents, calls: live.calls };
}
