/**
 * The first step of `npm test`: is what the tests need on this machine — Java 17+, Maven, Debian's
 * chromium (the browser tests drive it through playwright-core; no browser is ever downloaded) and
 * the embedded Neo4j's jars? What is missing is installed the way a fresh CI machine needs it
 * (apt-get as root, then `npm run neo4j:prepare`) when that can be done here; otherwise the run stops
 * at once with the one command that installs it, instead of failing tests ten minutes later.
 *
 * RADSLAG_NO_INSTALL=1 never installs anything (only reports). RADSLAG_JAVA / JAVA_HOME,
 * RADSLAG_MVN and RADSLAG_CHROMIUM are honoured as everywhere else.
 */
import { CHROMIUM_PATH } from './chromium-path.js';
import { execFile, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { isEmbeddedNeo4jError } from '../graph/embedded/errors.js';
import { javaBinary, MIN_JAVA_MAJOR, resolveJava } from '../graph/embedded/java-runtime.js';
import { LIB_DIR } from '../graph/embedded/paths.js';
import { isPrepared, mavenBinary, prepareEmbeddedNeo4j } from '../graph/embedded/prepare.js';

/** The Debian packages that bring them (what .ci/run used to install itself); also what a user is told. */
const APT = { java: 'openjdk-17-jre-headless', maven: 'maven', chromium: 'chromium' } as const;
const PREPARE_COMMAND = 'npm run neo4j:prepare';

type Outcome =
  | { ok: true; detail: string }
  /** `apt`: the Debian package that brings it; `run`: the command that makes it, once the packages are there. */
  | { ok: false; detail: string; apt?: string; run?: string };

interface Prerequisite {
  name: string;
  check(): Promise<Outcome>;
}

const execFileAsync = promisify(execFile);
const env = process.env;
const ROOT = path.resolve(import.meta.dirname, '..');
const chromiumPath = CHROMIUM_PATH;

const JAVA: Prerequisite = {
  name: `Java ${MIN_JAVA_MAJOR}+`,
  async check() {
    try {
      const java = await resolveJava(env);
      return { ok: true, detail: `${java.versionLine.trim()} (${java.bin})` };
    } catch (e) {
      const reason = isEmbeddedNeo4jError(e) && e.code === 'java_too_old' ? 'is too old' : 'could not be run';
      return { ok: false, detail: `\`${javaBinary(env)}\` ${reason}`, apt: APT.java };
    }
  },
};

const MAVEN: Prerequisite = {
  name: 'Maven',
  async check() {
    const bin = mavenBinary(env);
    try {
      const { stdout } = await execFileAsync(bin, ['--version'], { env, timeout: 60_000 });
      const first =
        stripVTControlCharacters(stdout)
          .split('\n')
          .find((line) => line.trim() !== '') ?? 'Maven';
      return { ok: true, detail: `${first.replace(/\s*\(.*$/, '').trim()} (${bin})` };
    } catch (e) {
      // Maven on the PATH fails without Java; installing the package again is then harmless.
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'was not found' : 'failed';
      return { ok: false, detail: `\`${bin} --version\` ${reason}`, apt: APT.maven };
    }
  },
};

const CHROMIUM: Prerequisite = {
  name: 'Chromium',
  async check() {
    return isExecutable(chromiumPath)
      ? { ok: true, detail: chromiumPath }
      : { ok: false, detail: `no executable at ${chromiumPath}`, apt: APT.chromium };
  },
};

const JARS: Prerequisite = {
  name: 'Embedded Neo4j jars',
  async check() {
    return (await isPrepared())
      ? { ok: true, detail: path.relative(ROOT, LIB_DIR) }
      : { ok: false, detail: `not prepared in ${path.relative(ROOT, LIB_DIR)} (or built from another pom)`, run: PREPARE_COMMAND };
  },
};

const say = (line: string): void => console.log(line);
const mayInstall = !['1', 'true', 'yes'].includes((env.RADSLAG_NO_INSTALL ?? '').toLowerCase());
const isRoot = process.getuid?.() === 0;
const aptGet = onPath('apt-get');

say('npm test: checking prerequisites');
let missing = await runChecks([JAVA, MAVEN, CHROMIUM, JARS]);

if (missing.length > 0 && mayInstall) {
  let tried = false;
  const packages = missing.flatMap(({ outcome }) => (outcome.ok || !outcome.apt ? [] : [outcome.apt]));
  if (packages.length > 0 && isRoot && aptGet) tried = installPackages(aptGet, packages);
  const jars = missing.some(({ prerequisite }) => prerequisite === JARS);
  // Maven resolves the jars, so only once it is there (perhaps just installed).
  if (jars && (await MAVEN.check()).ok) tried = (await prepareJars()) || tried;
  if (tried) {
    say('checking again:');
    missing = await runChecks(missing.map(({ prerequisite }) => prerequisite));
  }
}

if (missing.length === 0) {
  say('all prerequisites are there');
} else {
  const outcomes = missing.map(({ outcome }) => outcome);
  say(`missing: ${missing.map(({ prerequisite }) => prerequisite.name).join(', ')}${whyNotInstalled(outcomes)}`);
  say('install with:');
  say(`  ${installCommand(outcomes)}`);
  process.exitCode = 1;
}

/** Checks in parallel (Java and Maven each start a JVM) and prints one line each, in order. */
async function runChecks(list: Prerequisite[]): Promise<Array<{ prerequisite: Prerequisite; outcome: Outcome }>> {
  const outcomes = await Promise.all(list.map((p) => p.check()));
  const results = list.map((prerequisite, i) => ({ prerequisite, outcome: outcomes[i]! }));
  for (const { prerequisite, outcome } of results) say(`  ${outcome.ok ? '✓' : '✗'} ${prerequisite.name}: ${outcome.detail}`);
  return results.filter(({ outcome }) => !outcome.ok);
}

/** Installs through apt-get; true when it ran (whether or not it succeeded: the checks say). */
function installPackages(apt: string, packages: string[]): boolean {
  say(`installing ${packages.join(' ')} with apt-get …`);
  // No stdin and no questions: this also runs in CI. apt's progress lines are noise; its errors are not.
  const options: SpawnSyncOptions = { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: ['ignore', 'ignore', 'inherit'] };
  const update = spawnSync(apt, ['update', '-qq'], options);
  const install = update.status === 0 ? spawnSync(apt, ['install', '-y', '-qq', '--no-install-recommends', ...packages], options) : update;
  if (install.status !== 0) say(`  apt-get failed (${install.error?.message ?? `exit code ${install.status}`})`);
  return true;
}

async function prepareJars(): Promise<boolean> {
  say(`preparing the embedded Neo4j (${PREPARE_COMMAND}) …`);
  try {
    const result = await prepareEmbeddedNeo4j({ log: (m) => say(`  ${m}`) });
    if (result.built) say(`  prepared in ${result.seconds.toFixed(0)} s`);
  } catch (e) {
    say(`  ${isEmbeddedNeo4jError(e) ? `[${e.code}] ` : ''}${(e as Error).message.split('\n')[0]}`);
  }
  return true;
}

function whyNotInstalled(outcomes: Outcome[]): string {
  if (!mayInstall) return ' (RADSLAG_NO_INSTALL is set: nothing was installed)';
  if (!outcomes.some((o) => !o.ok && o.apt)) return '';
  if (!aptGet) return ' (no apt-get here)';
  return isRoot ? '' : ' (apt-get needs root)';
}

/** One line that installs everything missing: the packages first, since Maven resolves the jars. */
function installCommand(outcomes: Outcome[]): string {
  const packages = outcomes.flatMap((o) => (!o.ok && o.apt ? [o.apt] : []));
  const runs = [...new Set(outcomes.flatMap((o) => (!o.ok && o.run ? [o.run] : [])))];
  const sudo = isRoot ? '' : 'sudo ';
  const steps: string[] = [];
  if (packages.length > 0) {
    steps.push(
      aptGet
        ? `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`
        : `install ${packages.join(', ')} (the Debian names) with your system's package manager`,
    );
  }
  return [...steps, ...runs].join(' && ');
}

function onPath(command: string): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
