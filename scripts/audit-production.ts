/**
 * npm audit of the production dependencies, for .ci/run: fails on a high or critical advisory.
 * When the registry offers no audit endpoint (some mirrors answer 405), it says so and passes:
 * no answer is not a clean bill, and the line in CI's log keeps that visible.
 */
import { spawnSync } from 'node:child_process';

interface AuditReport {
  statusCode?: number;
  metadata?: { vulnerabilities?: Record<string, number> };
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: AuditReport | null = null;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.statusCode ? `the audit endpoint answered HTTP ${report.statusCode}` : 'no report';
  console.log(`audit: not available from this registry (${reason}); production dependencies NOT audited`);
} else {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`audit: production dependencies: ${JSON.stringify(counts)}`);
  if (serious > 0) {
    console.error(`audit: ${serious} high or critical advisories in production dependencies`);
    process.exitCode = 1;
  }
}
