/** GitHub's labels: a live key of ours (now revoked), or anything else. */
export type LeakLabel = 'true_positive' | 'false_positive';

/** The answer for one reported token, in the report's order (API.md §11). */
export class LeakReportLabel {
  /** SHA-256 of the token, lowercase hex: the scanner matches answers to tokens without seeing them again. */
  token_hash: string;

  /** The `type` of the reported token, as sent. */
  token_type: string;

  /** `true_positive` when the token was a live Tessera key, now revoked; otherwise `false_positive`. */
  label: LeakLabel;
}
