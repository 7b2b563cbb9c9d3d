import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, csvStream, type CsvColumn } from './csv';

describe('CSV (RFC 4180)', () => {
  it('quotes only fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('regel\nregel')).toBe('"regel\nregel"');
    expect(csvField('regel\rregel')).toBe('"regel\rregel"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(4.5)).toBe('4.5');
    expect(csvField(false)).toBe('false');
    expect(csvRecord(['é', 1, null, true])).toBe('é,1,,true\r\n');
  });

  describe('streaming in keyset batches', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
    const columns: CsvColumn<{ id: number }>[] = [{ name: 'id', value: (row) => row.id }];
    const reads: (string | undefined)[] = [];
    const batch = async (after: string | undefined) => {
      reads.push(after);
      const rest = rows.filter((row) => after === undefined || row.id > Number(after));
      const items = rest.slice(0, 3);
      return { items, next: rest.length > 3 ? String(items.at(-1)!.id) : null };
    };
    const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

    it('writes the header, then every batch until the cursor runs out', async () => {
      reads.length = 0;
      expect(await read(csvStream({ columns, batch }))).toBe('id\r\n1\r\n2\r\n3\r\n4\r\n5\r\n6\r\n7\r\n');
      expect(reads).toEqual([undefined, '3', '6']);
    });

    it('starts after the cursor and stops at the maximum without reading further', async () => {
      reads.length = 0;
      expect(await read(csvStream({ columns, batch, after: '2', max: 3 }))).toBe('id\r\n3\r\n4\r\n5\r\n');
      expect(reads).toEqual(['2']);
    });

    it('reads a batch only when the reader asks for more', async () => {
      reads.length = 0;
      const reader = csvStream({ columns, batch }).getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
      expect(reads.length).toBeLessThan(3);
    });
  });
});
