import { get } from 'node:http';

/**
 * Reads a Server-Sent Events stream over HTTP, calling `onEvent` for each event with its data;
 * `close` ends the request.
 */
export function readEvents(
  url: string,
  onEvent: (event: string, data: string) => void,
): { close: () => void } {
  const req = get(url, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (event) onEvent(event, data ?? '');
      }
    });
  });
  req.on('error', () => undefined);
  return { close: () => req.destroy() };
}
