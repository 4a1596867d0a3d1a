/**
 * A Vite plugin: the dev and preview servers send the source texts and CSV files as UTF-8
 * (`charset=utf-8`), so a source opened or downloaded on its own never shows mojibake. A static
 * host needs the same header; the app itself reads them as UTF-8 whatever the header says.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

const withCharset = (value: unknown) => (typeof value === 'string' && /^text\/(plain|csv)\s*$/i.test(value) ? `${value}; charset=utf-8` : value);

/** Middleware: for .txt and .csv, a bare text/plain or text/csv content type gains `charset=utf-8`. */
export function charsetMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (/\.(txt|csv)(\?|$)/.test(req.url ?? '')) {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => setHeader(name, /^content-type$/i.test(name) ? (withCharset(value) as typeof value) : value);
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = rest.find((r) => r !== null && typeof r === 'object' && !Array.isArray(r)) as Record<string, unknown> | undefined;
      for (const key of Object.keys(headers ?? {})) if (/^content-type$/i.test(key)) headers![key] = withCharset(headers![key]);
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
  }
  next();
}

export function utf8Text(): Plugin {
  return {
    name: 'zhumadian-utf8-text',
    configureServer: (server) => void server.middlewares.use(charsetMiddleware),
    configurePreviewServer: (server) => void server.middlewares.use(charsetMiddleware),
  };
}
