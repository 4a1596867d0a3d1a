/**
 * A source file's text, loaded whenever the file named by `file()` changes and again on `retry()`.
 * A slow answer for a file no longer wanted is dropped. Null while loading (or with no file).
 */
import { loadSource, type Loaded } from '../../lib/load';

export function loadedSource(file: () => string | null | undefined) {
  let attempt = $state(0);
  let text = $state.raw<Loaded<string> | null>(null);
  $effect(() => {
    const name = file();
    void attempt;
    text = null;
    if (!name) return;
    let live = true;
    loadSource(name).then((r) => {
      if (live) text = r;
    });
    return () => {
      live = false;
    };
  });
  return {
    get current() {
      return text;
    },
    retry() {
      attempt++;
    },
  };
}
