import type { CandidateGranularity } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from './Async.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

/** Salient terms per period the taxonomy does not cover: each links to a search for it. */
export function CandidateTopics({ granularity, body = null }: { granularity: CandidateGranularity; body?: string | null }) {
  const { t, number } = useI18n();
  const candidates = useApi(api.candidateTopics(granularity, body));
  return (
    <section className="card candidates">
      <h2>{t('trends.candidates')}</h2>
      <p className="hint">{t('trends.candidatesIntro')}</p>
      <Async state={candidates} isEmpty={(d) => d.every((p) => p.terms.length === 0)} empty={t('trends.candidatesNone')}>
        {(periods) => (
          <div className="candidate-periods">
            {periods.map((p) => (
              <div key={p.period}>
                <h3>{p.period}</h3>
                <ul className="chip-list">
                  {p.terms.slice(0, 12).map((term) => (
                    <li key={term.term}>
                      <Link
                        className="chip"
                        to={paths.search(`?q=${encodeURIComponent(term.term)}`)}
                        title={`${number(term.score, 2)} · ${term.passages}`}
                      >
                        {term.term} <span className="chip-count">{term.passages}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Async>
    </section>
  );
}
