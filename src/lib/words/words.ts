/** One interface word or sentence in both languages; `{name}` marks a placeholder. */
export interface Words {
  readonly zh: string;
  readonly en: string;
}
