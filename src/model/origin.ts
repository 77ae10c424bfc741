/** Where a model object came from: a file and the path of the object inside the parsed document. */
export interface Origin {
  readonly file: string;
  /** Index of the YAML document in a multi-document stream (0 for JSON). */
  readonly doc: number;
  readonly path: readonly (string | number)[];
  /**
   * A known position, for objects whose best location is not in the parsed document itself (a Terraform
   * resource's block in a .tf file rather than its entry in the plan JSON); `file` is then that file.
   */
  readonly line?: number;
  readonly column?: number;
}
