// The built server over stdio: diagnostics, the renumber quick fix, outline, folding, bad input.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, TextEdit } from 'vscode-languageserver-protocol';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, requireBuiltServer, startedClient } from '../support/lsp-client';
import { corpusAvailable, REPO_ROOT, seedText } from '../support/corpus';
import { firstItems } from '../support/must';

const numbering = (diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.filter((diagnostic) => diagnostic.code === 'operative-numbering');

describe('language server over stdio', function () {
  this.timeout(30_000);
  let client: LspClient;

  before(requireBuiltServer);
  beforeEach(async () => {
    client = await startedClient();
  });
  afterEach(async () => {
    await client.close();
  });

  it('flags the seed with paragraph 5 renumbered to 6, and the quick fix clears it', async function () {
    if (!corpusAvailable()) {
      console.log('      (skipped: no ../shared/corpus for the seed)');
      this.skip();
    }
    const uri = 'file:///tmp/seed.unres';
    const original = seedText();
    const broken = original.replace('\t5.\tAlso urges', '\t6.\tAlso urges');
    assert.notEqual(broken, original, 'the seed has paragraph 5');
    const brokenLine = broken.split(/\r?\n/).findIndex((line) => line.startsWith('\t6.\tAlso urges'));
    const published = client.diagnostics(uri);
    await client.open(uri, broken);
    const { diagnostics } = await published;
    const found = numbering(diagnostics);
    assert.equal(found.length, 1, JSON.stringify(diagnostics));
    assert.equal(found[0]!.range.start.line, brokenLine);
    assert.equal(found[0]!.source, 'unres');
    assert.match(found[0]!.message, /expected 5/);

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: found[0]!.range,
      context: { diagnostics: found },
    })) as CodeAction[];
    const renumber = actions.filter((action) => /^Renumber/.test(action.title));
    assert.equal(renumber.length, 1, actions.map((action) => action.title).join(' | '));
    assert.equal(renumber[0]!.isPreferred, true);
    const edits = renumber[0]!.edit!.changes![uri] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, broken), edits);
    assert.equal(fixed, original, 'the fix restores the seed exactly');

    const cleared = client.diagnostics(uri, (params) => params.version === 2);
    await client.replace(uri, fixed, 2);
    assert.deepEqual(numbering((await cleared).diagnostics), []);
  });

  it('gives an outline and folding ranges', async () => {
    const uri = 'file:///tmp/outline.unres';
    const text =
      'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Takes note of the report;\n\n2. Requests:\n(a) First;\n(b) Second.\n\n_______________\n\n1 A/59/494.\n';
    await client.open(uri, text);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    const names = symbols.map((symbol) => symbol.name);
    assert.deepEqual(names, ['Preamble', 'Operative part', 'Footnotes']);
    // Icons that say what each node is (see SYMBOL_KIND in server/src/lsp/convert.ts), no generic field.
    assert.deepEqual(
      symbols.map((symbol) => symbol.kind),
      [SymbolKind.Array, SymbolKind.Array, SymbolKind.Array],
    );
    const operative = symbols[1]!.children!;
    assert.ok(
      operative.some((symbol) => symbol.name.startsWith('1. Takes note of the report')),
      operative.map((symbol) => symbol.name).join(' | '),
    );
    assert.ok(operative.every((symbol) => symbol.kind === SymbolKind.Number));
    assert.equal(symbols[0]!.children![0]!.kind, SymbolKind.String);
    const second = operative.find((symbol) => symbol.name.startsWith('2.'))!;
    assert.deepEqual(
      second.children!.map((child) => child.name),
      ['(a) First;', '(b) Second.'],
    );
    const folding = (await client.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    })) as FoldingRange[];
    assert.ok(
      folding.some((range) => range.startLine === 6 && range.endLine === 8),
      JSON.stringify(folding),
    );
    // The operative part as a whole, from paragraph 1: Fold All folds it.
    assert.ok(
      folding.some((range) => range.startLine === 4 && range.endLine === 8),
      JSON.stringify(folding),
    );
    assert.equal(new Set(folding.map((range) => range.startLine)).size, folding.length, 'one region per line');
  });

  it('survives malformed JSON-RPC on its input and keeps answering', async () => {
    const stdin = (client as unknown as { process: { stdin: NodeJS.WritableStream } }).process.stdin;
    const garbage = '{"jsonrpc": "2.0", "id": 99, "method": ';
    stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    stdin.write('Content-Length: 12\r\n\r\nnot json at ');
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: 'file:///never-opened.unres' },
    });
    assert.deepEqual(symbols, []);
    assert.ok(client.alive, client.stderr);
  });

  it('keeps serving after bad requests: unknown methods, unopened documents, positions past the end, binary content', async () => {
    await assert.rejects(client.connection.sendRequest('unres/noSuchMethod', {}));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never-opened.unres', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    const none = await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: 'file:///never-opened.unres' },
    });
    assert.deepEqual(none, []);
    const uri = 'file:///tmp/binary.unres';
    const binary = Array.from({ length: 5000 }, (_, index) => String.fromCharCode((index * 7919) % 65536)).join('');
    const published = client.diagnostics(uri);
    await client.open(uri, binary);
    await published;
    await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 99999, character: 5 }, end: { line: 100000, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(client.alive, client.stderr);
  });

  it('keeps up with edits arriving faster than checking: the last version wins, none older is published after it', async () => {
    const uri = 'file:///tmp/fast.unres';
    const broken = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n3. Requests.\n';
    const fixed = broken.replace('3. Requests', '2. Requests');
    await client.open(uri, broken);
    for (let version = 2; version <= 30; version++)
      await client.replace(uri, version % 2 === 0 ? broken : fixed, version);
    const last = await client.diagnostics(uri, (params) => params.version === 30);
    assert.equal(numbering(last.diagnostics).length, 1);
    await client.replace(uri, fixed, 31);
    const final = await client.diagnostics(uri, (params) => params.version === 31);
    assert.deepEqual(numbering(final.diagnostics), []);
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'published versions never go back',
    );
  });

  // The races between checks (a newer version, a close, settings changed while a check runs, the
  // two checks scheduled on open) are arranged step by step with a fake scheduler in
  // test/unit/document-checks.test.ts; here, the settings' way through the protocol.
  it('checks open documents again when the settings change, with the new settings', async () => {
    const uri = 'file:///tmp/settings-changed.unres';
    const text =
      'The General Assembly,\n\nRecalling the labor of its resolution 55/25,\n\n1. Decides;\n\n2. Requests.\n';
    const spelling = (params: { diagnostics: Diagnostic[] }): boolean =>
      params.diagnostics.some((diagnostic) => diagnostic.code === 'un-spelling');
    const first = client.diagnostics(uri, spelling);
    await client.open(uri, text, 1);
    await first;
    const off = client.diagnostics(uri, (params) => !spelling(params));
    await client.changeConfiguration({ rules: { 'un-spelling': 'off' } });
    await off;
    const on = client.diagnostics(uri, spelling);
    await client.changeConfiguration({});
    await on;
  });

  it('reads rule severities from the settings', async () => {
    await client.close();
    client = new LspClient({ rules: { 'operative-numbering': 'warning' } });
    await client.initialize();
    const uri = 'file:///tmp/settings.unres';
    const published = client.diagnostics(uri);
    await client.open(uri, 'The General Assembly,\n\n1. Decides;\n\n3. Requests.\n');
    const found = numbering((await published).diagnostics);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 2);
  });
  it('checks typed edits incrementally, with the same diagnostics as a check of the whole text', async function () {
    const uri = 'file:///tmp/typed.unres';
    let text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/many-errors.unres'), 'utf8');
    type Info = { uri: string; version: number; checked: string };
    const infos: Info[] = [];
    const infoWaiters: { version: number; resolve: (info: Info) => void }[] = [];
    client.connection.onNotification('unres/documentInfo', (info: Info) => {
      infos.push(info);
      for (const waiter of infoWaiters.filter((candidate) => info.uri === uri && candidate.version === info.version)) {
        infoWaiters.splice(infoWaiters.indexOf(waiter), 1);
        waiter.resolve(info);
      }
    });
    /** How `version` was checked, from the status-bar notification that follows its diagnostics. */
    const checkedHow = (version: number): Promise<string> => {
      const known = infos.find((info) => info.uri === uri && info.version === version);
      if (known) return Promise.resolve(known.checked);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no documentInfo for version ${version}`)), 10_000);
        infoWaiters.push({ version, resolve: (info) => (clearTimeout(timer), resolve(info.checked)) });
      });
    };
    const comparable = (diagnostics: Diagnostic[]): string[] =>
      diagnostics.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message])).sort();
    let version = 1;
    let published = client.diagnostics(uri, (params) => params.version === 1);
    await client.open(uri, text, version);
    await published;
    const at = (needle: string, after = 0): number => {
      const index = text.indexOf(needle);
      assert.ok(index >= 0, needle);
      return index + after;
    };
    // Typing in an operative paragraph's verb, a preambular opener, a sub-paragraph; a deletion; a line break (structure: checked in full).
    const edits: { offset: number; remove: number; insert: string }[] = [
      ...[...'and further '].map((char, index) => ({ offset: at('Takes note') + index, remove: 0, insert: char })),
      { offset: at('Deeply concerned', 7), remove: 9, insert: '' },
      ...[...'alarmed'].map((char, index) => ({ offset: at('Deeply ', 7) + index, remove: 0, insert: char })),
      { offset: at('For judges', 4), remove: 0, insert: 'all ' },
      { offset: at('Requests the', 9), remove: 0, insert: '\n\n3. Decides to continue;\n\n' },
      { offset: at('organise', 0), remove: 8, insert: 'organize' },
    ];
    const document = TextDocument.create(uri, 'unres', 1, text);
    const checked: string[] = [];
    for (const edit of edits) {
      version++;
      const range = { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.remove) };
      TextDocument.update(document, [{ range, text: edit.insert }], version);
      text = document.getText();
      published = client.diagnostics(uri, (params) => params.version === version);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: edit.insert }],
      });
      const incremental = await published;
      // The same text opened afresh is checked in full.
      const fresh = `file:///tmp/fresh-${version}.unres`;
      const full = client.diagnostics(fresh);
      await client.open(fresh, text);
      assert.deepEqual(
        comparable(incremental.diagnostics),
        comparable((await full).diagnostics),
        `after edit ${JSON.stringify(edit)}`,
      );
      // The status-bar notification follows the diagnostics and says how the version was checked.
      checked.push(await checkedHow(version));
    }
    // Most edits went the incremental way; the line break could not.
    assert.ok(checked.filter((how) => how === 'incremental').length >= edits.length - 4, checked.join(' '));
    assert.equal(checked[edits.findIndex((edit) => edit.insert.includes('\n'))], 'full');

    // A burst of edits faster than checking, then one notification with two changes (two cursors):
    // each checked once, from the last analysis and all the edits since.
    const burst = [...'again '].map((char, index) => ({ offset: at('Welcomes the work', 9) + index, text: char }));
    for (const edit of burst) {
      version++;
      const range = { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset) };
      TextDocument.update(document, [{ range, text: edit.text }], version);
      text = document.getText();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: edit.text }],
      });
    }
    version++;
    const twoCursors = [
      {
        range: {
          start: document.positionAt(at('For prosecutors', 4)),
          end: document.positionAt(at('For prosecutors', 4)),
        },
        text: 'all ',
      },
      {
        range: { start: document.positionAt(at('Takes note', 5)), end: document.positionAt(at('Takes note', 5)) },
        text: 'x',
      },
    ];
    // Like an editor, the second change is given in the text after the first (it comes earlier in the text, so its position holds).
    TextDocument.update(document, twoCursors, version);
    text = document.getText();
    published = client.diagnostics(uri, (params) => params.version === version);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: twoCursors,
    });
    const afterBurst = await published;
    const fresh = `file:///tmp/fresh-${version}.unres`;
    const full = client.diagnostics(fresh);
    await client.open(fresh, text);
    assert.deepEqual(
      comparable(afterBurst.diagnostics),
      comparable((await full).diagnostics),
      'after the burst and the two-cursor edit',
    );
    assert.equal(await checkedHow(version), 'incremental');
  });
});

describe('language server: project configuration and fix-all', function () {
  this.timeout(30_000);
  let client: LspClient;
  let directory: string;

  beforeEach(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'unres-lsp-'));
    client = await startedClient();
  });
  afterEach(async () => {
    await client.close();
  });

  const misnumbered = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n3. Requests.\n';

  it('reads rule severities from the nearest .unres.json', async () => {
    writeFileSync(path.join(directory, '.unres.json'), JSON.stringify({ rules: { 'operative-numbering': 'hint' } }));
    mkdirSync(path.join(directory, 'drafts'));
    const uri = pathToFileURL(path.join(directory, 'drafts', 'a.unres')).href;
    const published = client.diagnostics(uri);
    await client.open(uri, misnumbered);
    const found = numbering((await published).diagnostics);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 4);
  });

  it('reports a broken .unres.json on the file and falls back to defaults', async () => {
    const configPath = path.join(directory, '.unres.json');
    writeFileSync(configPath, '{ "rules": { "operative-numbering": "loud" }, "oops": 1 }');
    const configUri = pathToFileURL(configPath).href;
    const uri = pathToFileURL(path.join(directory, 'a.unres')).href;
    const configProblems = client.diagnostics(configUri);
    const published = client.diagnostics(uri);
    await client.open(uri, misnumbered);
    const problems = (await configProblems).diagnostics;
    assert.deepEqual(
      problems.map((problem) => problem.code),
      ['config', 'config'],
    );
    assert.match(problems.map((problem) => problem.message).join(' '), /must be one of/);
    assert.equal(numbering((await published).diagnostics)[0]!.severity, 1, 'the default severity stands');
    writeFileSync(configPath, '{ not json');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: configUri, type: 2 }],
    });
    const again = await client.diagnostics(configUri);
    assert.match(again.diagnostics[0]!.message, /not valid JSON/);
  });

  it('offers fix-all and "disable rule" actions', async () => {
    const uri = pathToFileURL(path.join(directory, 'b.unres')).href;
    const published = client.diagnostics(uri);
    await client.open(uri, misnumbered);
    const found = numbering((await published).diagnostics);
    const quick = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: found[0]!.range,
      context: { diagnostics: found },
    })) as CodeAction[];
    const disable = quick.find((action) => action.title === 'Disable operative-numbering in .unres.json');
    assert.ok(disable, quick.map((action) => action.title).join(' | '));
    const changes = disable.edit!.documentChanges as { kind?: string; uri?: string; edits?: TextEdit[] }[];
    assert.equal(changes[0]!.kind, 'create');
    assert.deepEqual(JSON.parse(changes[1]!.edits![0]!.newText), { rules: { 'operative-numbering': 'off' } });
    const source = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(source.length, 1);
    assert.equal(source[0]!.kind, 'source.fixAll.unres');
    const fixed = TextDocument.applyEdits(
      TextDocument.create(uri, 'unres', 1, misnumbered),
      source[0]!.edit!.changes![uri] as TextEdit[],
    );
    assert.equal(fixed, 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n2. Requests.\n');
  });
});

describe('language server: citations', function () {
  this.timeout(30_000);
  let client: LspClient;
  beforeEach(async () => {
    client = await startedClient();
  });
  afterEach(async () => {
    await client.close();
  });

  /** Hover text at the first occurrence of `needle` (cursor `into` characters inside it). */
  async function hoverOn(uri: string, text: string, needle: string, into = 1): Promise<string> {
    const offset = text.indexOf(needle);
    assert.ok(offset >= 0, `${needle} is in the text`);
    const document = TextDocument.create(uri, 'unres', 1, text);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: document.positionAt(offset + into),
    })) as { contents: { kind: string; value: string } } | null;
    assert.ok(hover, `a hover on ${needle}`);
    assert.equal(hover.contents.kind, 'markdown');
    return hover.contents.value;
  }

  it('hovers the seed citations with their facts and sources', async function () {
    if (!corpusAvailable()) {
      console.log('      (skipped: no ../shared/corpus for the seed)');
      this.skip();
    }
    const uri = 'file:///tmp/seed-hover.unres';
    const text = seedText();
    await client.open(uri, text);
    const resolution5525 = await hoverOn(uri, text, '55/25 of');
    assert.match(resolution5525, /A\/RES\/55\/25/);
    assert.match(resolution5525, /15 November 2000/);
    assert.match(resolution5525, /Transnational Organized Crime/);
    assert.match(resolution5525, /Fifty\\-fifth session, 2000–2001/);
    assert.match(resolution5525, /bundled catalogue/);
    assert.match(resolution5525, /\(https:\/\/undocs\.org\/en\/A\/RES\/55\/25\)/);
    const resolution55255 = await hoverOn(uri, text, '55/255');
    assert.match(resolution55255, /31 May 2001/);
    assert.match(resolution55255, /Firearms/);
    const resolution58135 = await hoverOn(uri, text, '58/135');
    assert.match(resolution58135, /22 December 2003/);
    const commission = await hoverOn(uri, text, 'E/CN.15/2004/5');
    assert.match(commission, /Commission on Crime Prevention and Criminal Justice/);
    assert.match(commission, /2004/);
    const report = await hoverOn(uri, text, 'A/59/494');
    assert.match(report, /General Assembly/);
    assert.match(report, /59th session/);
    assert.match(report, /document 494/);
  });

  it('links citations to undocs.org, and goes from a footnote marker to its footnote', async () => {
    const uri = 'file:///tmp/links.unres';
    const text =
      'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000,\n\n1. Takes note of the report;1\n\n_______________\n\n1 A/59/494.\n';
    await client.open(uri, text);
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as {
      target: string;
    }[];
    assert.deepEqual(
      links.map((link) => link.target),
      ['https://undocs.org/en/A/RES/55/25', 'https://undocs.org/en/A/59/494'],
    );
    const document = TextDocument.create(uri, 'unres', 1, text);
    const marker = text.indexOf(';1') + 1;
    const definition = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: document.positionAt(marker),
    })) as { targetRange: { start: { line: number } } }[];
    assert.equal(definition[0]!.targetRange.start.line, 8);
    const referring = 'file:///tmp/paragraph-above.unres';
    const paragraphs =
      'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n2. Requests;\n\n3. Recalls paragraph 1 above.\n';
    await client.open(referring, paragraphs);
    const position = TextDocument.create(referring, 'unres', 1, paragraphs).positionAt(
      paragraphs.indexOf('paragraph 1 above') + 'paragraph '.length,
    );
    const toParagraph = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: referring },
      position,
    })) as { targetRange: { start: { line: number } } }[];
    assert.equal(toParagraph[0]!.targetRange.start.line, 4, 'paragraph 1 above leads to paragraph 1');
  });

  it('never lets document text through as markdown', async () => {
    const uri = 'file:///tmp/hostile.unres';
    const text =
      'The General Assembly,\n\n1. Takes note of the report;1\n\n_______________\n\n1 [x](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` **bold**\n';
    await client.open(uri, text);
    const hover = await hoverOn(uri, text, ';1', 1);
    assert.doesNotMatch(hover, /\]\(command:/);
    assert.doesNotMatch(hover, /(^|[^\\])<img/, 'angle brackets are escaped');
    assert.match(hover, /\\\[x\\\]\\\(command/);
  });
});

describe('language server: limits', function () {
  this.timeout(60_000);
  it('says a 50 MB document is too large for full checking, and keeps serving', async () => {
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = 'file:///tmp/huge.unres';
      const paragraph =
        '1. Requests the Secretary-General to report on the implementation of the present resolution;\n\n';
      const text = paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length));
      const published = client.diagnostics(uri);
      await client.open(uri, text);
      const { diagnostics } = await published;
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.code, 'document-too-large');
      assert.match(diagnostics[0]!.message, /too large for full checking/);
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, []);
      const small = 'file:///tmp/small-after-huge.unres';
      const next = client.diagnostics(small);
      await client.open(small, 'The General Assembly,\n\nRecalling,\n\n1. Decides;\n\n3. Requests.\n');
      assert.equal(numbering((await next).diagnostics).length, 1);
    } finally {
      await client.close();
    }
  });
});

describe('language server: authoring', function () {
  this.timeout(30_000);
  let client: LspClient;
  beforeEach(async () => {
    client = await startedClient();
  });
  afterEach(async () => {
    await client.close();
  });

  it('sends semantic tokens for openers, verbs and numbers, with the legend it announced', async () => {
    const uri = 'file:///tmp/tokens.unres';
    const text =
      'The General Assembly,\n\nRecalling also its resolution 55/25,\n\n1. Also requests the Secretary-General to report.\n';
    await client.open(uri, text);
    const result = (await client.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri },
    })) as { data: number[] };
    // [deltaLine, deltaStart, length, type, modifiers] per token; decode the absolute positions.
    const tokens: { line: number; start: number; length: number; type: number }[] = [];
    let line = 0;
    let start = 0;
    for (let index = 0; index < result.data.length; index += 5) {
      const [deltaLine, deltaStart, length, type] = firstItems(result.data.slice(index, index + 4), 4);
      line += deltaLine;
      start = deltaLine === 0 ? start + deltaStart : deltaStart;
      tokens.push({ line, start, length, type });
    }
    const lines = text.split('\n');
    const words = tokens.map((token) => lines[token.line]!.slice(token.start, token.start + token.length));
    assert.ok(words.includes('Recalling also'), words.join(' | '));
    assert.ok(words.includes('Also requests'), words.join(' | '));
    assert.ok(words.includes('1.'), words.join(' | '));
  });

  it('completes openers, the next paragraph number and cited resolutions', async () => {
    const uri = 'file:///tmp/complete.unres';
    const text =
      'United Nations\nA/RES/59/1\n\n59/1. Title\n\nThe General Assembly,\n\nRecalling its resolution 55/25,\n\n\n\n1.\tDecides;\n\n2.\tRequests;\n\n\n\nNotes resolution 55/2';
    await client.open(uri, text);
    const at = async (line: number, character: number): Promise<{ label: string; textEdit: { newText: string } }[]> => {
      const result = (await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line, character },
      })) as { items: { label: string; sortText: string; textEdit: { newText: string } }[] };
      return [...result.items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
    };
    const preamble = await at(9, 0);
    assert.equal(preamble[0]!.label, 'Recalling also');
    const operative = await at(15, 0);
    assert.ok(
      operative.some((item) => /^3\.\t/.test(item.textEdit.newText)),
      operative
        .slice(0, 5)
        .map((item) => item.textEdit.newText)
        .join(' | '),
    );
    const lines = text.split('\n');
    const cited = await at(17, lines[17]!.length);
    assert.ok(
      cited.some((item) => item.label === '55/25'),
      cited
        .slice(0, 5)
        .map((item) => item.label)
        .join(' | '),
    );
    // The list carries no documentation; the item looked at gets it on resolve.
    const list = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 9, character: 0 },
    })) as { items: { label: string; documentation?: unknown; data?: unknown }[] };
    assert.ok(list.items.every((item) => item.documentation === undefined));
    const recalling = list.items.find((item) => item.label === 'Recalling also')!;
    const resolved = (await client.connection.sendRequest('completionItem/resolve', recalling)) as {
      documentation?: { kind: string; value: string };
    };
    assert.equal(resolved.documentation?.kind, 'markdown');
    assert.ok((resolved.documentation?.value.length ?? 0) > 20, JSON.stringify(resolved.documentation));
    // An item of an older list resolves to itself.
    const stale = (await client.connection.sendRequest('completionItem/resolve', {
      ...recalling,
      data: { request: -1, index: 0 },
    })) as { documentation?: unknown };
    assert.equal(stale.documentation, undefined);
  });

  it('sends the range and format completion items share once, to a client that takes list defaults', async () => {
    const uri = 'file:///tmp/complete-defaults.unres';
    const text =
      'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1.\tDecides;\n\n2.\tRequests;\n\n\n\nNotes resolution 55/2';
    type Item = {
      label: string;
      textEdit?: { range: unknown; newText: string };
      textEditText?: string;
      insertTextFormat?: number;
    };
    type List = { items: Item[]; itemDefaults?: { editRange?: unknown; insertTextFormat?: number } };
    const ask = async (lspClient: LspClient, line: number, character: number): Promise<List> => {
      await lspClient.open(uri, text);
      return (await lspClient.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line, character },
      })) as List;
    };
    const takesDefaults = new LspClient(
      {},
      {
        textDocumentCapabilities: {
          completion: {
            completionItem: { snippetSupport: true },
            completionList: { itemDefaults: ['editRange', 'insertTextFormat', 'data'] },
          },
        },
      },
    );
    try {
      await takesDefaults.initialize();
      for (const [line, character] of [
        [8, 0],
        [10, 'Notes resolution 55/2'.length],
      ] as const) {
        const full = await ask(client, line, character);
        const shared = await ask(takesDefaults, line, character);
        assert.ok(
          full.items.length > 0 && full.itemDefaults === undefined,
          'a client that does not take defaults gets every item whole',
        );
        assert.deepEqual(
          shared.items.map((item) => item.label),
          full.items.map((item) => item.label),
        );
        assert.ok(shared.itemDefaults?.editRange, JSON.stringify(shared.itemDefaults));
        // Each item, read with the list's defaults, is the item sent whole.
        shared.items.forEach((item, index) => {
          const whole = full.items[index]!;
          assert.deepEqual(item.textEdit?.range ?? shared.itemDefaults!.editRange, whole.textEdit!.range, item.label);
          assert.equal(item.textEdit?.newText ?? item.textEditText, whole.textEdit!.newText, item.label);
          assert.equal(
            item.insertTextFormat ?? shared.itemDefaults!.insertTextFormat,
            whole.insertTextFormat,
            item.label,
          );
        });
        assert.ok(
          JSON.stringify(shared).length < JSON.stringify(full).length * 0.8,
          `${JSON.stringify(shared).length} vs ${JSON.stringify(full).length} bytes`,
        );
      }
    } finally {
      await takesDefaults.close();
    }
  });

  it('formats a document without changing its words, and numbers the next paragraph on Enter', async () => {
    const uri = 'file:///tmp/format.unres';
    const text = 'The General Assembly,\nRecalling its resolution 55/25,   \n1.  Decides;\n2.  Requests.\n';
    await client.open(uri, text);
    const edits = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, text), edits);
    assert.equal(
      formatted,
      'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1.\tDecides;\n\n2.\tRequests.\n',
    );
    const typing = 'file:///tmp/enter.unres';
    const typed = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1.\tDecides;\n\n2.\tRequests;\n';
    await client.open(typing, typed);
    const onType = (await client.connection.sendRequest('textDocument/onTypeFormatting', {
      textDocument: { uri: typing },
      position: { line: 7, character: 0 },
      ch: '\n',
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create(typing, 'unres', 1, typed), onType);
    assert.match(after, /2\.\tRequests;\n\n3\.\t$/);
  });

  it('makes straight quotation marks curly when formatting, with unres.format.curlyQuotes on', async () => {
    const uri = 'file:///tmp/curly.unres';
    const text = 'The General Assembly,\n\nRecalling the "Agenda" and the States\' views,\n\n1.\tDecides;\n';
    await client.open(uri, text);
    const format = async (): Promise<string> => {
      const edits = (await client.connection.sendRequest('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 4, insertSpaces: true },
      })) as TextEdit[];
      return TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, text), edits);
    };
    assert.equal(await format(), text, 'straight marks are kept by default');
    await client.changeConfiguration({ format: { curlyQuotes: true } });
    assert.equal(
      await format(),
      'The General Assembly,\n\nRecalling the “Agenda” and the States’ views,\n\n1.\tDecides;\n',
    );
    await client.changeConfiguration({});
  });
});

describe('language server: catalogue layers', function () {
  this.timeout(30_000);
  const MARC = (symbol: string, title: string, date: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><collection xmlns="http://www.loc.gov/MARC21/slim"><record>` +
    `<datafield tag="191" ind1=" " ind2=" "><subfield code="a">${symbol}</subfield></datafield>` +
    `<datafield tag="245" ind1="1" ind2="0"><subfield code="a">${title} :</subfield><subfield code="b">resolution /</subfield></datafield>` +
    `<datafield tag="992" ind1=" " ind2=" "><subfield code="a">${date}</subfield></datafield></record></collection>`;

  async function hoverText(client: LspClient, uri: string, text: string, needle: string): Promise<string> {
    const document = TextDocument.create(uri, 'unres', 1, text);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: document.positionAt(text.indexOf(needle) + 1),
    })) as { contents: { value: string } } | null;
    return hover?.contents.value ?? '';
  }

  it('shows facts from a user catalogue file named in .unres.json, with its source', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'unres-catalog-'));
    writeFileSync(
      path.join(directory, 'facts.json'),
      JSON.stringify({
        unresCatalog: 1,
        entries: [
          {
            symbol: 'A/RES/99/1',
            organ: 'GA',
            kind: 'resolution',
            date: '2044-12-15',
            title: 'A resolution of the future',
          },
        ],
      }),
    );
    writeFileSync(path.join(directory, '.unres.json'), JSON.stringify({ catalog: ['facts.json'] }));
    const folder = pathToFileURL(directory).href;
    const client = new LspClient({}, { workspaceFolders: [{ uri: folder, name: 'drafts' }] });
    try {
      await client.initialize();
      const uri = `${folder}/a.unres`;
      const text = 'The General Assembly,\n\nRecalling its resolution 99/1,\n';
      await client.open(uri, text);
      // The catalogue files are read in the background: ask again until the hover shows them (each
      // time a request and its answer, no sleep), for at most 10 s.
      const deadline = Date.now() + 10_000;
      let hover = await hoverText(client, uri, text, '99/1');
      while (!/future/.test(hover) && Date.now() < deadline) hover = await hoverText(client, uri, text, '99/1');
      assert.match(hover, /A resolution of the future/);
      assert.match(hover, /15 December 2044/);
      assert.match(hover, /facts\\\.json/);
    } finally {
      await client.close();
    }
  });

  it('looks a missing fact up online (a local server playing the Digital Library), never in an untrusted workspace', async () => {
    let requests = 0;
    const server = http.createServer((request, response) => {
      requests++;
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end(
        MARC(
          'A/RES/58/135',
          'International cooperation in the fight against transnational organized crime',
          '20031222',
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const env = { UNRES_DIGITAL_LIBRARY_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    const text = 'The General Assembly,\n\nRecalling its resolution 58/135 of 22 December 2003,\n';
    try {
      const untrusted = new LspClient({ lookup: { online: true } }, { env, initializationOptions: { trusted: false } });
      try {
        await untrusted.initialize();
        // Its diagnostics come after its settings, asked for after the settings deciding the look-up.
        const checked = untrusted.diagnostics('file:///tmp/untrusted.unres');
        await untrusted.open('file:///tmp/untrusted.unres', text);
        await checked;
        assert.doesNotMatch(
          await hoverText(untrusted, 'file:///tmp/untrusted.unres', text, '58/135'),
          /International cooperation/,
        );
        assert.equal(requests, 0, 'no request from an untrusted workspace');
      } finally {
        await untrusted.close();
      }
      // The user's "unres.lookup.online": false holds with no workspace folder open (a single file).
      const offline = new LspClient({ lookup: { online: false } }, { env, initializationOptions: { trusted: true } });
      try {
        await offline.initialize();
        // Its diagnostics come after its settings, asked for after the settings deciding the look-up.
        const checked = offline.diagnostics('file:///tmp/offline.unres');
        await offline.open('file:///tmp/offline.unres', text);
        await checked;
        assert.doesNotMatch(
          await hoverText(offline, 'file:///tmp/offline.unres', text, '58/135'),
          /International cooperation/,
        );
        assert.equal(requests, 0, 'no request when the setting is off');
      } finally {
        await offline.close();
      }
      const client = new LspClient(
        { lookup: { online: true } },
        { env, initializationOptions: { trusted: true, cacheDir: mkdtempSync(path.join(tmpdir(), 'unres-cache-')) } },
      );
      try {
        await client.initialize();
        // Its diagnostics come after its settings, asked for after the settings deciding the look-up.
        const checked = client.diagnostics('file:///tmp/online.unres');
        await client.open('file:///tmp/online.unres', text);
        await checked;
        const hover = await hoverText(client, 'file:///tmp/online.unres', text, '58/135');
        assert.match(hover, /International cooperation in the fight against transnational organized crime/);
        assert.match(hover, /UN Digital Library/);
        assert.equal(requests, 1);
      } finally {
        await client.close();
      }
    } finally {
      server.close();
    }
  });
});
