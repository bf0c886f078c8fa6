import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** graph/embedded: the Maven project and its build output live next to this file. */
export const EMBEDDED_DIR = path.dirname(fileURLToPath(import.meta.url));
export const POM_FILE = path.join(EMBEDDED_DIR, 'pom.xml');
export const JAVA_SOURCE_DIR = path.join(EMBEDDED_DIR, 'src');
export const TARGET_DIR = path.join(EMBEDDED_DIR, 'target');
export const LIB_DIR = path.join(TARGET_DIR, 'lib');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
/** Written after a successful Maven build; holds the hash of the inputs it was built from. */
export const PREPARED_STAMP = path.join(TARGET_DIR, 'radslag-prepared.json');
/** Serialises Maven builds between processes (parallel test workers on a fresh checkout). */
export const PREPARE_LOCK = path.join(TARGET_DIR, '.radslag-prepare.lock');

export const LAUNCHER_CLASS = 'se.radslag.neo4j.Launcher';
export const LAUNCHER_CLASS_FILE = path.join(CLASSES_DIR, ...LAUNCHER_CLASS.split('.')) + '.class';

/** Java's classpath: the compiled launcher plus every runtime jar (a `dir/*` wildcard is expanded by java). */
export const CLASSPATH = [CLASSES_DIR, path.join(LIB_DIR, '*')].join(path.delimiter);

/** Files inside a Neo4j data directory that belong to Rådslag, not to Neo4j. */
export const serverFileOf = (dataDir: string) => path.join(dataDir, 'radslag-server.json');
export const startLockOf = (dataDir: string) => path.join(dataDir, '.radslag-start.lock');

/** Default log file: a sibling of the data dir (`.data/neo4j` → `.data/neo4j.log`). */
export const defaultLogFileOf = (dataDir: string) => path.join(path.dirname(dataDir), `${path.basename(dataDir)}.log`);
