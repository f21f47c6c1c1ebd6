// The online catalogue layer against a local HTTP server that plays MARC21 slim records — never the
// real UN Digital Library.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkBaseUrl, digitalLibrarySearchUrl, parseDigitalLibraryAnswer } from '../../server/src/core/catalog/online';
import { CACHE_FILE_NAME, OnlineLookup } from '../../server/src/lsp/online-lookup';

const record = (symbol: string, title: string, date: string) => `
  <record>
    <controlfield tag="001">${Math.floor(Math.random() * 1e6)}</controlfield>
    <datafield tag="191" ind1=" " ind2=" ">
      <subfield code="a">${symbol}</subfield>
      <subfield code="b">A/</subfield>
      <subfield code="c">55</subfield>
    </datafield>
    <datafield tag="245" ind1="1" ind2="0">
      <subfield code="a">${title} :</subfield>
      <subfield code="b">resolution /</subfield>
      <subfield code="c">adopted by the General Assembly</subfield>
    </datafield>
    <datafield tag="269" ind1=" " ind2=" "><subfield code="a">${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}</subfield></datafield>
    <datafield tag="992" ind1=" " ind2=" "><subfield code="a">${date}</subfield></datafield>
    <datafield tag="996" ind1=" " ind2=" "><subfield code="a">Adopted without vote, 62nd plenary meeting</subfield></datafield>
  </record>`;

const collection = (...records: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">${records.join('')}\n</collection>\n`;

const CONVENTION = 'United Nations Convention against Transnational Organized Crime';
/** What the Digital Library's record of A/RES/55/25 gives. */
const CONVENTION_FACT = {
  symbol: 'A/RES/55/25',
  organ: 'GA',
  kind: 'resolution',
  date: '2000-11-15',
  title: CONVENTION,
  source: 'UN Digital Library',
};
const GOOD = collection(
  // A draft whose 191 is another symbol comes first: the right record must be picked.
  record('A/C.3/55/L.2', 'Draft', '20001002'),
  record('A/RES/55/25', CONVENTION, '20001115'),
);

interface Server {
  base: string;
  /** Requests per symbol. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const hits = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = url.searchParams.get('p') ?? '';
    const symbol = /^191__a:"(.*)"$/.exec(query)?.[1] ?? '';
    hits.set(symbol, (hits.get(symbol) ?? 0) + 1);
    if (url.pathname !== '/search' || url.searchParams.get('of') !== 'xm') {
      response.writeHead(404).end();
      return;
    }
    const xml = (body: string, delay = 0) =>
      setTimeout(() => {
        if (!response.destroyed)
          response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(body);
      }, delay);
    switch (symbol) {
      case 'A/RES/55/25':
        return xml(GOOD, 50);
      case 'A/RES/55/255':
        return xml(
          collection(
            record(
              'A/RES/55/255',
              'Protocol against the Illicit Manufacturing of and Trafficking in Firearms',
              '20010531',
            ),
          ),
        );
      case 'A/RES/55/26': // slow
        return xml(collection(record('A/RES/55/26', 'Slow', '20001115')), 2000);
      case 'A/RES/55/27':
        response.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
        return;
      case 'A/RES/55/28': // what scripted clients reportedly get
        response.writeHead(202).end();
        return;
      case 'A/RES/55/29': // malformed: cut in the middle of the record
        return xml(GOOD.slice(0, GOOD.indexOf('A/RES/55/25') + 20));
      case 'A/RES/55/30': // wrong record
        return xml(collection(record('A/RES/55/31', 'Another resolution', '20001115')));
      case 'A/RES/55/32': {
        // Oversized, streamed without a length: 1 MB of padding before the record.
        response.writeHead(200, { 'content-type': 'application/xml' });
        let sent = 0;
        const pump = () => {
          while (sent < 1_000_000 && !response.destroyed) {
            sent += 16_384;
            if (!response.write(`<!-- ${'x'.repeat(16_370)} -->`)) {
              response.once('drain', pump);
              return;
            }
          }
          if (!response.destroyed) response.end(collection(record('A/RES/55/32', 'Big', '20001115')));
        };
        pump();
        return;
      }
      case 'A/RES/55/33': // redirect to another host
        response.writeHead(302, { location: 'https://example.com/search?of=xm' }).end();
        return;
      case 'A/RES/55/34': // same-host redirect
        response
          .writeHead(302, { location: `/search?ln=en&p=${encodeURIComponent('191__a:"A/RES/55/255"')}&of=xm` })
          .end();
        return;
      default:
        return xml(collection());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('online lookup (pure part)', () => {
  it('builds the search-by-symbol URL', () => {
    assert.equal(
      digitalLibrarySearchUrl('https://digitallibrary.un.org', 'A/RES/45/110'),
      'https://digitallibrary.un.org/search?ln=en&p=191__a%3A%22A%2FRES%2F45%2F110%22&of=xm',
    );
    assert.equal(
      digitalLibrarySearchUrl('https://digitallibrary.un.org/', 'S/RES/1373 (2001)'),
      'https://digitallibrary.un.org/search?ln=en&p=191__a%3A%22S%2FRES%2F1373(2001)%22&of=xm',
    );
    assert.equal(digitalLibrarySearchUrl('https://digitallibrary.un.org', 'A/59/494'), undefined);
    assert.equal(digitalLibrarySearchUrl('http://digitallibrary.un.org', 'A/RES/45/110'), undefined);
  });

  it('allows https to un.org and loopback only', () => {
    assert.ok(checkBaseUrl('https://digitallibrary.un.org').ok);
    assert.ok(checkBaseUrl('http://127.0.0.1:8080').ok);
    assert.ok(checkBaseUrl('http://localhost:1234/').ok);
    for (const refused of [
      'http://digitallibrary.un.org',
      'https://evil.example',
      'https://un.org.evil.example',
      'ftp://127.0.0.1',
      'file:///etc/passwd',
      'https://user:pw@digitallibrary.un.org',
      'not a url',
    ]) {
      assert.ok(!checkBaseUrl(refused).ok, refused);
    }
  });

  it('picks the record whose 191$a is the symbol', () => {
    assert.deepEqual(parseDigitalLibraryAnswer(GOOD, 'A/RES/55/25'), CONVENTION_FACT);
    assert.equal(parseDigitalLibraryAnswer(GOOD, 'A/RES/55/2'), undefined);
    assert.equal(parseDigitalLibraryAnswer('', 'A/RES/55/25'), undefined);
    assert.equal(parseDigitalLibraryAnswer('<html>', 'A/RES/55/25'), undefined);
    assert.equal(
      parseDigitalLibraryAnswer(collection(record('A/RES/37/100[A]', 'Outer space', '19821213')), 'A/RES/37/100')?.date,
      '1982-12-13',
    );
    // An SC record dated outside the year its symbol names gives no date.
    assert.equal(
      parseDigitalLibraryAnswer(
        collection(record('S/RES/1373 (2001)', 'Resolution 1373 (2001)', '20020928')),
        'S/RES/1373(2001)',
      ),
      undefined,
    );
  });
});

describe('online lookup against a local server', function () {
  this.timeout(15_000);
  let server: Server;
  let cacheDir: string;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.hits.clear();
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'unres-online-'));
  });
  /** The lookups of the current test: their cache writes finish before its cache folder is removed. */
  const made: OnlineLookup[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((lookup) => lookup.flush()));
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const make = (options: Partial<ConstructorParameters<typeof OnlineLookup>[0]> = {}): OnlineLookup => {
    const lookup = new OnlineLookup({
      baseUrl: server.base,
      timeoutMs: 500,
      maxBytes: 64 * 1024,
      ttlMs: 60_000,
      retryAfterMs: 0,
      cacheDir,
      ...options,
    });
    made.push(lookup);
    return lookup;
  };

  it('good record: the fact, with its source', async () => {
    const lookup = make();
    assert.equal(lookup.cached('A/RES/55/25'), undefined);
    const fact = await lookup.lookup('A/RES/55/25');
    assert.deepEqual(fact, CONVENTION_FACT);
    assert.deepEqual(lookup.cached('a/res/55/25'), fact);
    assert.deepEqual(lookup.asProvider().lookup('A/RES/55/25'), fact);
  });

  it('slow answer: nothing, once the time-out aborts the request', async () => {
    // A request that never answers: only the time-out's abort can end it (without one, the test
    // hangs until mocha's time-out), so no clock is read and a busy machine cannot fail it.
    let aborted = false;
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new Error('aborted'));
        });
      });
    assert.equal(await make({ timeoutMs: 50, fetch: hanging }).lookup('A/RES/55/26'), undefined);
    assert.ok(aborted, 'the time-out aborted the request');
    // The local server's slow answer (2 s) is not waited for either.
    assert.equal(await make({ timeoutMs: 300 }).lookup('A/RES/55/26'), undefined);
  });

  it('500, empty 202, malformed XML, wrong record, oversized answer: nothing, no throw', async () => {
    const lookup = make();
    for (const symbol of ['A/RES/55/27', 'A/RES/55/28', 'A/RES/55/29', 'A/RES/55/30', 'A/RES/55/32', 'A/RES/55/99']) {
      assert.equal(await lookup.lookup(symbol), undefined, symbol);
      assert.equal(server.hits.get(symbol), 1, `${symbol} asked once`);
      assert.equal(lookup.cached(symbol), undefined, symbol);
    }
    await lookup.flush();
    assert.ok(!existsSync(path.join(cacheDir, CACHE_FILE_NAME)), 'nothing cached');
  });

  it('oversized answer with a small cap stops reading', async () => {
    // An endless answer: only a reader that stops at the cap returns, and the bytes it pulled are counted.
    const CHUNK = 16_384;
    let pulled = 0;
    let cancelled = false;
    const endless: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += CHUNK;
            controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
          },
          cancel() {
            cancelled = true;
          },
        }),
        { status: 200, headers: { 'content-type': 'application/xml' } },
      );
    assert.equal(await make({ maxBytes: 10_000, fetch: endless }).lookup('A/RES/55/32'), undefined);
    assert.ok(cancelled, 'the answer was cancelled');
    assert.ok(pulled <= 3 * CHUNK, `read ${pulled} bytes past a cap of 10,000`);
    assert.equal(await make({ maxBytes: 10_000 }).lookup('A/RES/55/32'), undefined);
    // The same answer fits a larger cap.
    assert.equal((await make({ maxBytes: 4 * 1024 * 1024, timeoutMs: 3000 }).lookup('A/RES/55/32'))?.title, 'Big');
  });

  it('follows a redirect on the same host only', async () => {
    const lookup = make();
    assert.equal(await lookup.lookup('A/RES/55/33'), undefined);
    // 55/34 redirects to the 55/255 search, whose record is not 55/34: a wrong record, so nothing.
    assert.equal(await lookup.lookup('A/RES/55/34'), undefined);
    assert.equal(server.hits.get('A/RES/55/255'), 1, 'the same-host redirect was followed');
  });

  it('two concurrent lookups of a symbol make one request', async () => {
    const lookup = make();
    const [a, b, c] = await Promise.all([
      lookup.lookup('A/RES/55/25'),
      lookup.lookup('A/RES/55/25'),
      lookup.lookup('A/RES/55/255'),
    ]);
    assert.equal(a?.date, '2000-11-15');
    assert.deepEqual(a, b);
    assert.equal(c?.date, '2001-05-31');
    assert.equal(server.hits.get('A/RES/55/25'), 1);
    assert.equal(lookup.requests, 2);
  });

  it('cache hit after a restart; expired cache is fetched again', async () => {
    let now = 1_000_000;
    const first = make({ now: () => now });
    assert.equal((await first.lookup('A/RES/55/25'))?.date, '2000-11-15');
    await first.flush();
    const file = path.join(cacheDir, CACHE_FILE_NAME);
    assert.ok(existsSync(file));
    assert.equal(server.hits.get('A/RES/55/25'), 1);

    const restarted = make({ now: () => now });
    assert.equal(restarted.cached('A/RES/55/25')?.title, CONVENTION, 'known offline at once');
    assert.equal((await restarted.lookup('A/RES/55/25'))?.date, '2000-11-15');
    assert.equal(server.hits.get('A/RES/55/25'), 1, 'no request: fresh in the cache');
    assert.equal(restarted.requests, 0);

    now += 120_000; // past ttlMs
    const later = make({ now: () => now });
    assert.equal(later.cached('A/RES/55/25')?.date, '2000-11-15', 'a stale fact is still known offline');
    assert.equal((await later.lookup('A/RES/55/25'))?.date, '2000-11-15');
    assert.equal(server.hits.get('A/RES/55/25'), 2, 'expired: fetched again');
    await later.flush();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { fetchedAt: number }> };
    assert.equal(saved.entries['A/RES/55/25']!.fetchedAt, now);

    // Expired and the refetch fails: the stale fact is kept.
    now += 120_000;
    const offline = make({ now: () => now, baseUrl: 'http://127.0.0.1:9' });
    assert.equal((await offline.lookup('A/RES/55/25'))?.date, '2000-11-15');
  });

  it('a corrupt cache is ignored and rewritten; tampered entries are dropped', async () => {
    const file = path.join(cacheDir, CACHE_FILE_NAME);
    writeFileSync(file, '{"unresOnlineCache": 1, "entries": {');
    const lookup = make();
    assert.equal(lookup.cached('A/RES/55/25'), undefined);
    await lookup.flush();
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { unresOnlineCache: 1, entries: {} }, 'rewritten at once');
    assert.equal((await lookup.lookup('A/RES/55/25'))?.date, '2000-11-15');
    await lookup.flush();
    assert.ok(JSON.parse(readFileSync(file, 'utf8')).entries['A/RES/55/25']);

    writeFileSync(
      file,
      JSON.stringify({
        unresOnlineCache: 1,
        entries: {
          'A/RES/55/25': {
            fetchedAt: Date.now(),
            fact: { symbol: 'A/RES/55/25', date: '2000-11-15', title: CONVENTION },
          },
          'A/RES/55/2': { fetchedAt: Date.now(), fact: { symbol: 'A/RES/55/3', date: '2000-09-08' } },
          'A/RES/55/4': { fetchedAt: 'yesterday', fact: { symbol: 'A/RES/55/4', date: '2000-09-08' } },
          'A/RES/55/5': { fetchedAt: Date.now(), fact: { symbol: 'A/RES/55/5', date: '2000-02-30' } },
        },
      }),
    );
    const reread = make();
    assert.equal(reread.cached('A/RES/55/25')?.source, 'UN Digital Library');
    assert.equal(reread.cached('A/RES/55/2'), undefined);
    assert.equal(reread.cached('A/RES/55/3'), undefined);
    assert.equal(reread.cached('A/RES/55/4'), undefined);
    assert.equal(reread.cached('A/RES/55/5'), undefined);
    await reread.flush();
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries), ['A/RES/55/25']);
  });

  it('refuses other hosts and protocols without asking; documents are not looked up', async () => {
    let calls = 0;
    const spy = (async () => {
      calls++;
      throw new Error('must not be called');
    }) as unknown as typeof fetch;
    for (const baseUrl of ['https://evil.example', 'http://digitallibrary.un.org', 'file:///tmp']) {
      const lookup = new OnlineLookup({ baseUrl, timeoutMs: 500, maxBytes: 1000, ttlMs: 1000, fetch: spy });
      assert.ok(lookup.disabledReason, baseUrl);
      assert.equal(await lookup.lookup('A/RES/55/25'), undefined);
    }
    const lookup = make({ fetch: spy });
    assert.equal(await lookup.lookup('A/59/494'), undefined);
    assert.equal(await lookup.lookup(''), undefined);
    assert.equal(calls, 0);
    // A fetch that throws is "no fact" too.
    assert.equal(await make({ fetch: spy }).lookup('A/RES/55/25'), undefined);
    assert.equal(calls, 1);
  });

  it('after a failure the symbol is not asked again until retryAfterMs', async () => {
    const lookup = make({ retryAfterMs: 60_000 });
    assert.equal(await lookup.lookup('A/RES/55/27'), undefined);
    assert.equal(await lookup.lookup('A/RES/55/27'), undefined);
    assert.equal(server.hits.get('A/RES/55/27'), 1);
  });

  it('works without a cache directory', async () => {
    const lookup = new OnlineLookup({ baseUrl: server.base, timeoutMs: 1000, maxBytes: 64 * 1024, ttlMs: 1000 });
    assert.equal((await lookup.lookup('A/RES/55/255'))?.date, '2001-05-31');
    assert.equal(lookup.cached('A/RES/55/255')?.date, '2001-05-31');
  });
});
