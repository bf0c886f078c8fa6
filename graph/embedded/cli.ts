import path from 'node:path';
import { Command } from 'commander';
import { loadGraphConfig } from '../db/config.js';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';
import { isEmbeddedNeo4jError } from './errors.js';
import { prepareEmbeddedNeo4j } from './prepare.js';

const program = new Command()
  .name('neo4j')
  .description('Rådslag embedded Neo4j: `npm run neo4j` starts it on <RADSLAG_DATA_DIR>/neo4j, `npm run neo4j:prepare` fetches the jars');

program
  .command('start', { isDefault: true })
  .description('start the embedded Neo4j and keep it running until Ctrl-C')
  .option('-p, --port <port>', 'Bolt port on 127.0.0.1 (default: a free port)', (v) => Number.parseInt(v, 10))
  .action(async (opts: { port?: number }) => {
    const config = loadGraphConfig();
    const dataDir = path.join(config.dataDir, 'neo4j');
    if (config.mode === 'remote') {
      console.log(`note: NEO4J_URI is set (${config.uri}), so the app uses that server, not this one.`);
    }
    const server = await startEmbeddedNeo4j({ dataDir, database: config.database, port: opts.port, log: (m) => console.log(m) });
    if (!server.owned) {
      console.log(`Neo4j is already running on ${dataDir} (pid ${server.pid}): ${server.uri}`);
      return;
    }
    const port = new URL(server.uri).port;
    console.log(
      [
        `Neo4j 5 (embedded) is running: ${server.uri}   database: ${config.database}   pid: ${server.pid}`,
        `  data: ${dataDir}`,
        `  log:  ${server.logFile}`,
        `Connect (no authentication; any user name and password are accepted):`,
        `  cypher-shell -a ${server.uri} -d ${config.database}`,
        `  Neo4j Browser (https://browser.neo4j.io or Neo4j Desktop): connect URL ${server.uri}, "No authentication"`,
        `  other Rådslag processes on this data dir reuse it; or export NEO4J_URI=bolt://127.0.0.1:${port}`,
        `Press Ctrl-C to stop.`,
      ].join('\n'),
    );
    // The server handle does not keep Node alive on its own; this poll does, until a signal stops both.
    const stopped = await serverExit(server.pid);
    console.error(`Neo4j (pid ${server.pid}) stopped unexpectedly (${stopped}); see ${server.logFile}`);
    process.exitCode = 1;
  });

program
  .command('prepare')
  .description('compile the launcher and download the Neo4j jars with Maven (needs network once)')
  .option('-f, --force', 'rebuild even if the jars are current')
  .action(async (opts: { force?: boolean }) => {
    const result = await prepareEmbeddedNeo4j({ force: opts.force, log: (m) => console.log(m) });
    console.log(result.built ? `embedded Neo4j prepared in ${result.seconds.toFixed(1)} s` : 'embedded Neo4j jars are up to date');
  });

// Polls instead of holding the child: the handle belongs to embedded-neo4j.ts and its exit hooks.
function serverExit(pid: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        clearInterval(timer);
        resolve('process gone');
      }
    }, 1_000);
  });
}

program.parseAsync().catch((error: unknown) => {
  if (isEmbeddedNeo4jError(error)) {
    console.error(`error [${error.code}]: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
