/** A value in a CSV cell: empty for null, `true`/`false`, numbers with a decimal point. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column: its name in the header row and how a row's value is read. */
export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ended with CRLF. */
export function csvRecord(values: CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvHeader<T>(columns: CsvColumn<T>[]): string {
  return csvRecord(columns.map((column) => column.name));
}

export function csvRows<T>(columns: CsvColumn<T>[], rows: T[]): string {
  let out = '';
  for (const row of rows) out += csvRecord(columns.map((column) => column.value(row)));
  return out;
}

/** A page of a keyset-paginated list: the items and the cursor after the last one (null at the end). */
export interface KeysetPage<T> {
  items: T[];
  next: string | null;
}

/**
 * A CSV document as a UTF-8 byte stream: the header row, then the rows of one batch after another,
 * each batch read only when the reader wants more, so a large export never sits in memory whole.
 * `max` stops after that many rows.
 */
export function csvStream<T>(options: {
  columns: CsvColumn<T>[];
  batch: (after: string | undefined) => Promise<KeysetPage<T>>;
  after?: string | undefined;
  max?: number | undefined;
  onError?: (error: unknown) => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = options.after;
  let remaining = options.max ?? Number.POSITIVE_INFINITY;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvHeader(options.columns)));
          if (remaining <= 0) return controller.close();
          return;
        }
        const page = await options.batch(after);
        const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
        remaining -= items.length;
        if (items.length > 0) controller.enqueue(encoder.encode(csvRows(options.columns, items)));
        if (page.next === null || remaining <= 0 || items.length === 0) return controller.close();
        after = page.next;
      } catch (error) {
        options.onError?.(error);
        controller.error(error);
      }
    },
  });
}
