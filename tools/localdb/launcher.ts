import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../../src/config';
import { resolveJars, type ResolvedJars } from './maven';

/** How to reach a running local Neo4j. */
export interface LocalConnection {
  uri: string;
  username: string;
  password: string;
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  answering: boolean;
  uri: string;
  home: string;
  logFile: string;
}

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

// The flags Neo4j's own start script passes on Java 17/21 (from its default neo4j.conf).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/** How long a start waits for its Bolt port to be freed (a Neo4j just killed or stopped) before refusing it. */
const PORT_RELEASE_MS = 15_000;

/** A Neo4j Community server run from Maven-resolved jars in a git-ignored home folder. */
export class LocalNeo4j {
  constructor(
    private readonly cfg: LocalNeo4jConfig,
    private readonly log: (msg: string) => void = (m) => process.stderr.write(`${m}\n`),
  ) {}

  get home(): string {
    return this.cfg.home;
  }
  private get pidFile(): string {
    return path.join(this.home, 'run', 'launcher.pid');
  }
  get logFile(): string {
    return path.join(this.home, 'logs', 'console.log');
  }
  private get passwordFile(): string {
    return path.join(this.home, 'password');
  }

  connection(): LocalConnection {
    const password = fs.existsSync(this.passwordFile) ? fs.readFileSync(this.passwordFile, 'utf8').trim() : '';
    return { uri: `bolt://127.0.0.1:${this.cfg.boltPort}`, username: 'neo4j', password };
  }

  /** The pid of our Neo4j if the pid file names a live java process started for this home. */
  pid(): number | undefined {
    if (!fs.existsSync(this.pidFile)) return undefined;
    const pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    try {
      process.kill(pid, 0);
    } catch {
      return undefined;
    }
    // Guard against pid reuse: the process must be a Neo4j started with this home.
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(MAIN_CLASS) || !cmd.includes(this.home)) return undefined;
    } catch {
      /* no /proc (macOS): trust the pid file */
    }
    return pid;
  }

  async answers(timeoutMs = 3000): Promise<boolean> {
    const c = this.connection();
    if (!c.password) return false;
    const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), {
      connectionTimeout: timeoutMs,
      maxConnectionPoolSize: 1,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await driver.executeQuery('RETURN 1');
      return true;
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  }

  async status(): Promise<LocalStatus> {
    const pid = this.pid();
    return {
      running: pid !== undefined,
      pid,
      answering: pid !== undefined && (await this.answers()),
      uri: this.connection().uri,
      home: this.home,
      logFile: this.logFile,
    };
  }

  /** Starts Neo4j unless it already runs; resolves once `RETURN 1` succeeds. Idempotent. */
  async start(): Promise<LocalConnection> {
    const running = this.pid();
    if (running !== undefined) {
      await this.waitUntilAnswering(running);
      return this.connection();
    }
    // Something else on our port (a Neo4j of another home, or of this one whose pid file was lost): the new server
    // would fail to bind it, or to lock the store, a few seconds in, while the other one answered our readiness
    // check. The caller would then be told "ready" and work against a database this launcher neither started nor
    // can stop. A Neo4j just killed holds its port a moment longer: its main thread is gone (so pid() says it no
    // longer runs) while its other threads still close their files. So the port gets a few seconds to be freed.
    const freedBy = Date.now() + Math.min(PORT_RELEASE_MS, this.cfg.startTimeoutS * 1000);
    while (await listening(this.cfg.boltPort)) {
      if (Date.now() >= freedBy)
        throw new Error(
          `Port ${this.cfg.boltPort} on 127.0.0.1 is already in use, but not by a Neo4j this launcher started for ` +
            `${this.home} (no live process in ${this.pidFile}). Stop whatever listens there, or choose another port ` +
            '(LOCAL_NEO4J_BOLT_PORT).',
        );
      await sleep(250);
    }
    const jars = resolveJars(path.dirname(this.home), this.log);
    this.prepareHome(jars);
    this.log(
      `Starting Neo4j ${jars.neo4jVersion} (APOC ${jars.apocVersion}, GDS ${jars.gdsVersion}) on ${this.connection().uri}; logs: ${this.logFile}`,
    );
    const out = fs.openSync(this.logFile, 'a');
    const child = spawn(
      'java',
      this.javaArgs(jars, MAIN_CLASS, ['--home-dir', this.home, '--config-dir', this.confDir, '--console-mode']),
      {
        cwd: this.home,
        detached: true,
        stdio: ['ignore', out, out],
        env: { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: this.confDir },
      },
    );
    fs.closeSync(out);
    child.unref();
    fs.writeFileSync(this.pidFile, String(child.pid));
    await this.waitUntilAnswering(child.pid!);
    this.log(`Neo4j is ready (pid ${child.pid}).`);
    return this.connection();
  }

  /** Stops Neo4j (SIGTERM, then SIGKILL after 60 s); leaves no java process behind. */
  async stop(): Promise<boolean> {
    const pid = this.pid();
    if (pid === undefined) {
      fs.rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && alive(pid)) await sleep(200);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(100);
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }

  private get confDir(): string {
    return path.join(this.home, 'conf');
  }

  private javaArgs(jars: ResolvedJars, mainClass: string, args: string[]): string[] {
    // Like Neo4j's own start script, plugins go on the classpath too: APOC registers an extension
    // through the service loader, which only sees the application classpath.
    const plugins = jars.pluginJars.map((j) => path.join(this.home, 'plugins', path.basename(j)));
    const classpath = [...jars.classpath, ...plugins].join(path.delimiter);
    return [`-Xms${this.cfg.heap}`, `-Xmx${this.cfg.heap}`, ...JVM_FLAGS, '-cp', classpath, mainClass, ...args];
  }

  private prepareHome(jars: ResolvedJars): void {
    for (const dir of ['conf', 'data', 'logs', 'plugins', 'run', 'import'])
      fs.mkdirSync(path.join(this.home, dir), { recursive: true });
    fs.writeFileSync(path.join(this.confDir, 'neo4j.conf'), this.neo4jConf());
    const plugins = path.join(this.home, 'plugins');
    const wanted = new Set(jars.pluginJars.map((j) => path.basename(j)));
    for (const f of fs.readdirSync(plugins)) if (!wanted.has(f)) fs.rmSync(path.join(plugins, f));
    for (const j of jars.pluginJars) {
      const target = path.join(plugins, path.basename(j));
      if (!fs.existsSync(target)) fs.copyFileSync(j, target);
    }
    if (!fs.existsSync(this.passwordFile)) this.setInitialPassword(jars);
  }

  private setInitialPassword(jars: ResolvedJars): void {
    const password = initialPassword();
    const r = spawnSync('java', this.adminArgs(jars, ['dbms', 'set-initial-password', password]), {
      cwd: this.home,
      encoding: 'utf8',
      env: this.adminEnv(),
    });
    if (r.status !== 0) throw new Error(`Could not set the Neo4j password: ${r.stdout}${r.stderr}`);
    fs.writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 });
  }

  /** neo4j-admin's command line: the server's classpath, without the server's fixed, pre-touched heap. */
  private adminArgs(jars: ResolvedJars, args: string[], heap?: string): string[] {
    const base = this.javaArgs(jars, ADMIN_CLASS, args).filter(
      (a) => !a.startsWith('-Xms') && !a.startsWith('-Xmx') && a !== '-XX:+AlwaysPreTouch',
    );
    return heap ? [`-Xmx${heap}`, ...base] : base;
  }

  private adminEnv(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: this.confDir };
  }

  /**
   * Starts neo4j-admin (org.neo4j.cli.AdminTool, in the jars the server runs from) with this home's configuration,
   * e.g. `database import full`; the caller reads its output and waits for its exit. The server must be stopped
   * for commands that write a database's files.
   */
  admin(args: string[], heap = '1g'): ChildProcess {
    const jars = resolveJars(path.dirname(this.home), this.log);
    this.prepareHome(jars);
    return spawn('java', this.adminArgs(jars, args, heap), {
      cwd: this.home,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: this.adminEnv(),
    });
  }

  /** The folders holding one database's store files and transaction logs. */
  databaseDirs(database: string): string[] {
    return [
      path.join(this.home, 'data', 'databases', database),
      path.join(this.home, 'data', 'transactions', database),
    ];
  }

  private neo4jConf(): string {
    const h = this.home;
    return [
      '# Written by the partnership-graph launcher on every start; edit LOCAL_NEO4J_* settings instead.',
      `server.directories.data=${h}/data`,
      `server.directories.logs=${h}/logs`,
      `server.directories.plugins=${h}/plugins`,
      `server.directories.run=${h}/run`,
      `server.directories.import=${h}/import`,
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${this.cfg.boltPort}`,
      'server.bolt.tls_level=DISABLED',
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=true',
      `server.memory.heap.initial_size=${this.cfg.heap}`,
      `server.memory.heap.max_size=${this.cfg.heap}`,
      `server.memory.pagecache.size=${this.cfg.pageCache}`,
      // Analysts' transactions are bounded per query by the API; this is the server-wide backstop.
      'db.transaction.timeout=120s',
      // No one transaction may take the heap down: past these, Neo4j fails the transaction with
      // MemoryPoolOutOfMemoryError (RESOURCE_LIMIT to the client) instead of dying with OutOfMemoryError
      // (an analyst's `[x IN range(1, 300000000) | x]` did that before they were set).
      `db.memory.transaction.max=${this.cfg.txMemory}`,
      `db.memory.transaction.total.max=${this.cfg.txMemoryTotal}`,
      // A client bookmark naming a transaction this database has not reached made every request
      // holding it wait 30 s with a pooled connection; the API now accepts only bookmarks it signed,
      // and this bounds the wait for any that still lag (a restored backup).
      'db.transaction.bookmark_ready_timeout=2s',
      'dbms.usage_report.enabled=false',
      // Graph Data Science maps its results back to nodes with helpers that need full access.
      'dbms.security.procedures.unrestricted=gds.*',
      '',
    ].join('\n');
  }

  private async waitUntilAnswering(pid: number): Promise<void> {
    const deadline = Date.now() + this.cfg.startTimeoutS * 1000;
    while (Date.now() < deadline) {
      if (!alive(pid)) {
        fs.rmSync(this.pidFile, { force: true });
        throw new Error(`Neo4j exited during start-up; the end of ${this.logFile}:\n${tail(this.logFile, 30)}`);
      }
      if (await this.answers(2000)) return;
      await sleep(500);
    }
    throw new Error(`Neo4j did not answer within ${this.cfg.startTimeoutS} s; see ${this.logFile}`);
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:`port` (a refused or timed-out connect: no). */
function listening(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers kill(0); /proc tells it apart.
    const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tail(file: string, lines: number): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
}

/**
 * A new home's password: 144 random bits in hex. It was base64url, which starts with '-' one time in 64; neo4j-admin
 * then read it as an option ("Missing required parameter: '<password>'") and a fresh clone's first `npm test` failed
 * (CI, 2026-12-02).
 */
export function initialPassword(): string {
  return crypto.randomBytes(18).toString('hex');
}
