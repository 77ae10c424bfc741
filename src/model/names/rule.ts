/** A naming rule of a cloud or of Kubernetes: what the value is called, and which spellings the platform accepts. */
export interface NameRule {
  /** "node name", as in: the node name "…" is not a valid Kubernetes node name. */
  readonly subject: string;
  readonly label: string;
  /** The spellings the platform accepts; tried only on values within maxLength, so it never meets long input. */
  readonly pattern: RegExp;
  readonly maxLength: number;
}

export function accepts(rule: NameRule, value: string): boolean {
  // Nothing may be read as an option, whatever the platform allows.
  return value.length <= rule.maxLength && !value.startsWith('-') && rule.pattern.test(value);
}
