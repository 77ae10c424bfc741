import type { Provider } from '../model/provider.js';
import type { ReadContext } from './context.js';

/** One input format, recognised by the shape of its content, never by its file name. */
export interface FormatReader {
  readonly id: string;
  /** The command that prints this format, for messages and the README. */
  readonly producedBy: string;
  /** The cloud whose data this format is: reading it counts when the provider is inferred (set by the registry). */
  readonly provider?: Provider;
  matches(value: unknown): boolean;
  /** Reads the value into the context's builder and returns how many objects it read. */
  read(value: unknown, context: ReadContext): number | Promise<number>;
}
