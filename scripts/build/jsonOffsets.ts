/**
 * Where each value of a JSON text stands: JSON Pointer (RFC 6901: "/files/0/documents/1/delivered")
 * → offset of the value's first character. For pointing a finding at the right line of a
 * hand-edited file. Expects text that JSON.parse accepts; stops quietly on anything else.
 */
export function jsonValueOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const value = (path: string): void => {
    ws();
    out.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (i < text.length && text[i] !== '}') {
        const key = string();
        ws();
        i++; // colon
        value(`${path}/${escape(key)}`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      for (let n = 0; i < text.length && text[i] !== ']'; n++) {
        value(`${path}/${n}`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !',]} \t\n\r'.includes(text[i]!)) i++;
    }
  };
  value('');
  return out;
}
